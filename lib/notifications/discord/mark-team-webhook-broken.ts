// Discord said a team's webhook is gone (404/401): stop using it and tell the captain in-app. The
// notice is an outbox event staged in the same transaction as the mark and sent to Inngest only after
// the commit (lib/outbox/transact-with-events.ts) — no HTTP call inside the transaction, and no mark
// without its notice. Only the webhook that was posted to is marked: if the captain has set a new one
// meanwhile, that one is left alone.
import { notificationRequested } from "@/inngest/events";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";

/** True when this call marked it (false: already marked, or the team has another webhook now). */
export async function markTeamWebhookBroken(
  teamId: string,
  webhookUrl: string,
  brokenAt = new Date(),
): Promise<boolean> {
  return transactWithEvents(async (tx, emit) => {
    const { count } = await tx.team.updateMany({
      where: { id: teamId, discordWebhookUrl: webhookUrl, discordWebhookBrokenAt: null },
      data: { discordWebhookBrokenAt: brokenAt },
    });
    if (count === 0) return false;
    const team = await tx.team.findUniqueOrThrow({
      where: { id: teamId },
      select: { name: true, slug: true, captainId: true },
    });
    const dedupKey = `webhook-broken:${teamId}:${brokenAt.toISOString()}`;
    emit({
      ...notificationRequested.create({
        type: "system",
        recipientIds: [team.captainId],
        title: `${team.name}'s Discord webhook stopped working`,
        body: `Discord says the webhook set for ${team.name} no longer exists, so team news is not posted there. Set a new webhook on your team page.`,
        url: `/teams/${team.slug}`,
        dedupKey,
        teamId: null,
        data: { teamId },
      }),
      id: dedupKey,
    });
    return true;
  });
}
