import { describe, expect, it } from "vitest";
import { NotificationType } from "@/lib/generated/prisma/enums";
import { CHANNEL_LABELS, CHANNELS, NOTIFICATION_CATALOG, NOTIFICATION_TYPES, type TNotificationType } from "./catalog";

const typesWhere = (predicate: (type: TNotificationType) => boolean) => NOTIFICATION_TYPES.filter(predicate).sort();

describe("notification catalog", () => {
  it("has exactly one entry for every notification type in the database enum", () => {
    expect([...NOTIFICATION_TYPES].sort()).toEqual(Object.values(NotificationType).sort());
    expect(new Set(NOTIFICATION_TYPES).size).toBe(NOTIFICATION_TYPES.length);
  });

  it("shows every type in-app by default, emails what cannot wait at once and puts the rest in the daily digest", () => {
    expect(typesWhere((type) => NOTIFICATION_CATALOG[type].defaultChannels.join() !== "in_app")).toEqual([]);
    expect(typesWhere((type) => NOTIFICATION_CATALOG[type].defaultEmail === "instant")).toEqual([
      "invite_sent",
      "match_result",
      "match_scheduled",
      "match_starting",
      "payout_received",
    ]);
    expect(typesWhere((type) => NOTIFICATION_CATALOG[type].defaultEmail === "off")).toEqual([]);
  });

  it("never uses Discord by default: players opt in to mentions", () => {
    expect(
      typesWhere((type) => (NOTIFICATION_CATALOG[type].defaultChannels as readonly string[]).includes("discord")),
    ).toEqual([]);
  });

  it("posts public events on the platform webhook and team events on the team webhook", () => {
    expect(typesWhere((type) => NOTIFICATION_CATALOG[type].discord.platform)).toEqual([
      "achievement_earned",
      "announcement",
      "bracket_ready",
      "match_result",
      "payout_received",
      "ranking_changed",
    ]);
    expect(typesWhere((type) => NOTIFICATION_CATALOG[type].discord.team)).toEqual([
      "achievement_earned",
      "invite_accepted",
      "match_result",
      "match_scheduled",
      "match_starting",
      "payout_received",
      "promotion_started",
      "ranking_changed",
      "roster_changed",
      "sponsor_approved",
      "tournament_registered",
    ]);
  });

  it("gives every type a label, description, emoji and a distinct valid Discord colour", () => {
    const colors = NOTIFICATION_TYPES.map((type) => NOTIFICATION_CATALOG[type].color);
    expect(new Set(colors).size).toBe(colors.length);
    for (const type of NOTIFICATION_TYPES) {
      const entry = NOTIFICATION_CATALOG[type];
      expect(entry.label.trim(), type).not.toBe("");
      expect(entry.description.trim(), type).not.toBe("");
      expect(entry.emoji.trim(), type).not.toBe("");
      expect(Number.isInteger(entry.color) && entry.color >= 0 && entry.color <= 0xffffff, type).toBe(true);
    }
    expect(new Set(NOTIFICATION_TYPES.map((type) => NOTIFICATION_CATALOG[type].label)).size).toBe(
      NOTIFICATION_TYPES.length,
    );
  });

  it("names every channel for people", () => {
    expect(CHANNELS.map((channel) => CHANNEL_LABELS[channel])).toEqual(["In-app", "Email", "Discord"]);
  });
});
