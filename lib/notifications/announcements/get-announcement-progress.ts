// How far each announcement's fan-out has got, for the admin's list to update in place while it
// runs: its recipient count (as written, then as sent), how many players have it in their
// notifications so far, and whether there is still anything to wait for. Admins only; one query.
import { z } from "zod";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/parse-input";
import { ANNOUNCEMENT_DEDUP_PREFIX } from "./fan-out-announcement";

/**
 * Once the fan-out is recorded as sent, a count still short of its recipients (players who muted every
 * notice get none) is taken as final after this long: the list stops waiting for it.
 */
export const ANNOUNCEMENT_SETTLE_MS = 10 * 60_000;

/** The list shows at most this many: asking for more is a mistake. */
const MAX_IDS = 50;

export const ZAnnouncementProgressInput = z.object({
  ids: z.array(z.string().trim().min(1).max(100)).max(MAX_IDS, `Ask for at most ${MAX_IDS} announcements.`),
});
export type TAnnouncementProgressInput = z.input<typeof ZAnnouncementProgressInput>;

export type TAnnouncementProgressState = "queued" | "sending" | "sent";
export type TAnnouncementProgress = {
  id: string;
  recipientCount: number;
  deliveredCount: number;
  sentAt: Date | null;
  /** queued: nobody has it yet; sending: some have it, or the fan-out is not recorded yet; sent: settled. */
  state: TAnnouncementProgressState;
};

type TRow = { id: string; recipientCount: number | null; sentAt: Date | null; createdAt: Date; delivered: number };

export async function getAnnouncementProgress(
  actor: TActor,
  input: TAnnouncementProgressInput,
  now = new Date(),
): Promise<TAnnouncementProgress[]> {
  assertAdmin(actor);
  const { ids } = parseInput(ZAnnouncementProgressInput, input);
  if (!ids.length) return [];
  // The fan-out's dedupKey (announcementDedupKey, fan-out-announcement.ts), on notifications created
  // after the announcement (an hour of leeway for clocks): the (createdAt, type) index bounds the scan.
  const rows = await db.$queryRaw<TRow[]>`
    SELECT a.id, a."recipientCount", a."sentAt", a."createdAt",
      (SELECT count(*)::int FROM "Notification" n
        WHERE n."createdAt" >= a."createdAt" - interval '1 hour' AND n.type = 'announcement' AND n."dedupKey" = ${ANNOUNCEMENT_DEDUP_PREFIX} || a.id) AS delivered
    FROM "Announcement" a WHERE a.id = ANY(${ids}::text[])`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toProgress(row, now)] : [];
  });
}

function toProgress(row: TRow, now: Date): TAnnouncementProgress {
  const recipientCount = row.recipientCount ?? 0;
  const isSettled =
    row.sentAt !== null &&
    (row.delivered >= recipientCount || now.getTime() - row.sentAt.getTime() > ANNOUNCEMENT_SETTLE_MS);
  return {
    id: row.id,
    recipientCount,
    deliveredCount: row.delivered,
    sentAt: row.sentAt,
    state: isSettled ? "sent" : row.delivered === 0 ? "queued" : "sending",
  };
}
