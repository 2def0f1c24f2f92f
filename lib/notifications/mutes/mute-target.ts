// Mute a tournament or a team for yourself (8 hours, a week, or until unmuted), or unmute it. A
// player only ever changes their own mutes (the userId comes from the session, never the input).
// Muting again replaces the duration. Expired mutes are ignored by notify and pruned by cleanup.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { MUTE_DURATIONS, muteUntil } from "./mute-durations";

const ZTarget = z.union(
  [
    z.strictObject({ tournamentId: z.string().min(1).max(100) }),
    z.strictObject({ teamId: z.string().min(1).max(100) }),
  ],
  { error: "Choose a tournament or a team to mute." },
);

export const ZMuteInput = z.intersection(
  ZTarget,
  z.object({ duration: z.enum(MUTE_DURATIONS, { error: "Choose 8 hours, a week, or until you unmute." }) }),
);

export type TMuteTargetInput = z.infer<typeof ZTarget>;

function whereOf(userId: string, target: TMuteTargetInput) {
  return "tournamentId" in target
    ? { userId_tournamentId: { userId, tournamentId: target.tournamentId } }
    : { userId_teamId: { userId, teamId: target.teamId } };
}

export async function muteTarget(userId: string, input: unknown, now = new Date()) {
  const { duration, ...rest } = parseInput(ZMuteInput, input);
  const target = rest as TMuteTargetInput;
  const exists =
    "tournamentId" in target
      ? await db.tournament.count({ where: { id: target.tournamentId } })
      : await db.team.count({ where: { id: target.teamId } });
  if (!exists) throw new AppError("NOT_FOUND", "That tournament or team does not exist.");
  const until = muteUntil(duration, now);
  return db.notificationMute.upsert({
    where: whereOf(userId, target),
    create: { userId, ...target, until, createdAt: now },
    update: { until, createdAt: now },
    select: { id: true, tournamentId: true, teamId: true, until: true },
  });
}

export async function unmuteTarget(userId: string, input: unknown): Promise<{ unmuted: number }> {
  const target = parseInput(ZTarget, input) as TMuteTargetInput;
  const { count } = await db.notificationMute.deleteMany({ where: { userId, ...target } });
  return { unmuted: count };
}
