"use server";
// Mute / unmute a tournament or team for the signed-in player, from any notification's menu, the
// tournament and team pages and the settings page: one lib operation each, the user from the session.
import { defineAction } from "@/lib/actions/define-action";
import type { TActor } from "@/lib/auth/actor";
import { muteTarget, unmuteTarget } from "@/lib/notifications/mutes/mute-target";

const PAGES: ["/settings/notifications", "/notifications", ["/tournaments/[slug]", "page"], ["/teams/[slug]", "page"]] =
  [
    "/settings/notifications",
    // Every row about the same tournament or team then offers Unmute (list-notifications.ts).
    "/notifications",
    ["/tournaments/[slug]", "page"],
    ["/teams/[slug]", "page"],
  ];

export const muteAction = defineAction(
  "user",
  async (actor: TActor, input: unknown) => {
    const mute = await muteTarget(actor.id, input);
    return { until: mute.until?.toISOString() ?? null };
  },
  { revalidate: PAGES },
);

export const unmuteAction = defineAction("user", (actor: TActor, input: unknown) => unmuteTarget(actor.id, input), {
  revalidate: PAGES,
});
