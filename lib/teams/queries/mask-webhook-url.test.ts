import { describe, expect, it } from "vitest";
import { maskWebhookUrl } from "./mask-webhook-url";

describe("maskWebhookUrl", () => {
  it("keeps the host and webhook id and hides the token", () => {
    const masked = maskWebhookUrl("https://discord.com/api/webhooks/123456789012345678/abcDEF_secret-token-value");
    expect(masked).toBe("discord.com/…/webhooks/123456789012345678/••••");
    expect(masked).not.toContain("secret");
  });

  it("hides a thread id query and anything unparseable too", () => {
    expect(maskWebhookUrl("https://discordapp.com/api/webhooks/42/tok?thread_id=9")).toBe(
      "discordapp.com/…/webhooks/42/••••",
    );
    expect(maskWebhookUrl("not a url with-a-token")).toBe("…/••••");
    expect(maskWebhookUrl("https://example.com/hooks/secret")).toBe("example.com/…/••••");
  });
});
