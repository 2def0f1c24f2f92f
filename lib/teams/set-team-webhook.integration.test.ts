import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ADMIN, player, resetDemoData, seedId } from "@/test-support/domain-test-kit";
import { setTeamWebhook } from "./set-team-webhook";

const CRIMSON = seedId.team("crimson");
const HOOK = "https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-token";

const webhookOf = (teamId: string) =>
  db.team.findUniqueOrThrow({
    where: { id: teamId },
    select: { discordWebhookUrl: true, discordWebhookBrokenAt: true },
  });

beforeEach(() => resetDemoData());

describe("setTeamWebhook", () => {
  it("lets the captain set the webhook and answers with the token masked", async () => {
    const result = await setTeamWebhook(player("alex"), { teamId: CRIMSON, webhookUrl: `  ${HOOK}  ` });

    expect(result).toEqual({
      teamId: CRIMSON,
      teamName: "Crimson Vanguard",
      maskedWebhookUrl: "discord.com/…/webhooks/123456789012345678/••••",
    });
    expect(JSON.stringify(result)).not.toContain("token");
    expect(await webhookOf(CRIMSON)).toEqual({ discordWebhookUrl: HOOK, discordWebhookBrokenAt: null });
  });

  it("lets the captain clear it with null or an empty string", async () => {
    await setTeamWebhook(player("alex"), { teamId: CRIMSON, webhookUrl: HOOK });
    expect(await setTeamWebhook(player("alex"), { teamId: CRIMSON, webhookUrl: null })).toMatchObject({
      maskedWebhookUrl: null,
    });
    expect((await webhookOf(CRIMSON)).discordWebhookUrl).toBeNull();

    await setTeamWebhook(player("alex"), { teamId: CRIMSON, webhookUrl: HOOK });
    await setTeamWebhook(player("alex"), { teamId: CRIMSON, webhookUrl: "   " });
    expect((await webhookOf(CRIMSON)).discordWebhookUrl).toBeNull();
  });

  it("lets an admin set any team's webhook, and accepts discordapp.com and a thread id", async () => {
    const legacy = "https://discordapp.com/api/webhooks/987654321098765432/legacy_token_value_1234567890?thread_id=555";
    await setTeamWebhook(ADMIN, { teamId: CRIMSON, webhookUrl: legacy });
    expect((await webhookOf(CRIMSON)).discordWebhookUrl).toBe(legacy);
  });

  it("refuses a team member who is not the captain, and another team's captain, changing nothing", async () => {
    await setTeamWebhook(player("alex"), { teamId: CRIMSON, webhookUrl: HOOK });
    const other = "https://discord.com/api/webhooks/111111111111111111/attacker_token_value_1234567890";

    await expect(setTeamWebhook(player("jamie"), { teamId: CRIMSON, webhookUrl: other })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only the captain of Crimson Vanguard or an admin can do this.",
    });
    await expect(setTeamWebhook(player("olivia"), { teamId: CRIMSON, webhookUrl: null })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await webhookOf(CRIMSON)).discordWebhookUrl).toBe(HOOK);
  });

  it("says the team does not exist for an unknown id", async () => {
    await expect(setTeamWebhook(ADMIN, { teamId: "no_such_team", webhookUrl: HOOK })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it.each([
    [
      "https://example.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz",
      "That is not a Discord webhook: the URL must be on discord.com (or discordapp.com).",
    ],
    [
      "https://discord.com.evil.test/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz",
      "That is not a Discord webhook: the URL must be on discord.com (or discordapp.com).",
    ],
    [
      "http://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz",
      "The Discord webhook URL must start with https://.",
    ],
    [
      "https://discord.com/channels/123456789012345678/987654321",
      "That Discord URL is not a webhook: it must look like https://discord.com/api/webhooks/<id>/<token>.",
    ],
    [
      "https://discord.com/api/webhooks/123456789012345678",
      "That Discord URL is not a webhook: it must look like https://discord.com/api/webhooks/<id>/<token>.",
    ],
    [
      "discord webhook please",
      "Enter a Discord webhook URL like https://discord.com/api/webhooks/123456789/abc… (Server Settings → Integrations → Webhooks → Copy Webhook URL).",
    ],
  ])("rejects %s with a clear message and changes nothing", async (webhookUrl, message) => {
    await setTeamWebhook(player("alex"), { teamId: CRIMSON, webhookUrl: HOOK });
    await expect(setTeamWebhook(player("alex"), { teamId: CRIMSON, webhookUrl })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message,
    });
    expect((await webhookOf(CRIMSON)).discordWebhookUrl).toBe(HOOK);
  });

  it("clears the broken mark when a new webhook is set (and when it is cleared)", async () => {
    await db.team.update({
      where: { id: CRIMSON },
      data: { discordWebhookUrl: HOOK, discordWebhookBrokenAt: new Date() },
    });
    const fresh = "https://discord.com/api/webhooks/222222222222222222/fresh_token_value_abcdefghijkl";

    await setTeamWebhook(player("alex"), { teamId: CRIMSON, webhookUrl: fresh });
    expect(await webhookOf(CRIMSON)).toEqual({ discordWebhookUrl: fresh, discordWebhookBrokenAt: null });

    await db.team.update({ where: { id: CRIMSON }, data: { discordWebhookBrokenAt: new Date() } });
    await setTeamWebhook(player("alex"), { teamId: CRIMSON, webhookUrl: null });
    expect(await webhookOf(CRIMSON)).toEqual({ discordWebhookUrl: null, discordWebhookBrokenAt: null });
  });
});
