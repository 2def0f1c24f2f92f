// What a team's roster change reads like, for everyone who hears about it (team-events.ts).
import type { z } from "zod";
import type { teamRosterChanged } from "@/inngest/events";

type TChange = z.infer<(typeof teamRosterChanged)["schema"]>["change"];

export function rosterChangeWording(change: TChange, name: string, team: string) {
  switch (change) {
    case "added":
      return {
        type: "roster_changed" as const,
        title: `${name} joined ${team}`,
        body: `${name} is now on the roster of ${team}.`,
      };
    case "removed":
      return {
        type: "roster_changed" as const,
        title: `${name} left ${team}`,
        body: `${name} is no longer on the roster of ${team}.`,
      };
    case "captain":
      return {
        type: "roster_changed" as const,
        title: `${name} is now the captain of ${team}`,
        body: `The captaincy of ${team} was handed over to ${name}.`,
      };
    case "invite_withdrawn":
      return {
        type: "roster_changed" as const,
        title: `${team} withdrew its invite to ${name}`,
        body: `The invite for ${name} to join ${team} was withdrawn and can no longer be accepted.`,
      };
  }
}
