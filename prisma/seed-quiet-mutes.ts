// Demo data for quiet hours and mutes (issue 14): Ravi's quiet hours are on right now (a window
// from an hour before seed time to seven hours after it, in his own time zone, Asia/Kolkata) with one email HELD
// until it ends; Sofia has muted Crown Cup — Season 1 until she unmutes it
// (the finished one: live tournaments stay audible for the tests that post results in them). Inserts only what is missing.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { localParts } from "@/lib/notifications/digest/digest-slot";
import { QUIET_HOURS_HELD_REASON } from "@/lib/notifications/quiet-hours/hold-until";
import { quietWindowAt } from "@/lib/notifications/quiet-hours/quiet-window";

const HOUR = 60 * 60 * 1000;
export const SEED_QUIET_USER = "ravi";
export const SEED_MUTING_USER = "sofia";

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

export async function seedQuietHoursAndMutes(
  db: PrismaClient,
  ids: { user: (key: string) => string; tournament: (key: "ongoing" | "completed") => string },
  now: Date,
): Promise<{ total: number; count: number }> {
  const quiet = ids.user(SEED_QUIET_USER);
  const { timezone } = await db.user.findUniqueOrThrow({ where: { id: quiet }, select: { timezone: true } });
  const quietHours = {
    start: hhmm(localParts(timezone, new Date(now.getTime() - HOUR)).minutes),
    end: hhmm(localParts(timezone, new Date(now.getTime() + 7 * HOUR)).minutes),
  };
  const preference = await db.notificationPreference.createMany({
    skipDuplicates: true,
    data: [
      {
        id: "seed_preference_ravi",
        userId: quiet,
        quietHoursStart: quietHours.start,
        quietHoursEnd: quietHours.end,
        duringQuietHours: { payout_received: "send" },
      },
    ],
  });

  let held = 0;
  const dedupKey = "seed:quiet-hours:held-result";
  const existing = await db.notification.findUnique({ where: { userId_dedupKey: { userId: quiet, dedupKey } } });
  const window = quietWindowAt(timezone, quietHours, now);
  if (!existing && window.isQuiet) {
    await db.notification.create({
      data: {
        userId: quiet,
        dedupKey,
        type: "match_result",
        title: "Golden Tide 13–9 Azure Phantoms",
        body: "Arrived during your quiet hours: the email waits until they end.",
        url: "/tournaments/nightfall-masters",
        tournamentId: ids.tournament("ongoing"),
        createdAt: now,
        deliveries: {
          create: {
            type: "match_result",
            channel: "EMAIL",
            status: "HELD",
            reason: QUIET_HOURS_HELD_REASON,
            heldUntil: window.endsAt,
          },
        },
      },
    });
    held = 1;
  }

  const mute = await db.notificationMute.createMany({
    skipDuplicates: true,
    data: [
      {
        id: "seed_mute_sofia_crown_cup",
        userId: ids.user(SEED_MUTING_USER),
        tournamentId: ids.tournament("completed"),
      },
    ],
  });
  return { total: 3, count: preference.count + held + mute.count };
}
