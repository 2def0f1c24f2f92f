import { describe, expect, it } from "vitest";
import { renderNotificationEmail } from "./render-notification-email";
import { renderNotificationEmails } from "./render-notification-emails";

const base = {
  appUrl: "https://deltacrown.gg",
  notification: {
    type: "announcement" as const,
    title: "Finals <tonight> & more",
    body: "Grand final at 20:00.\nBe there.",
    url: "/tournaments/crown-cup",
  },
  preferencesUrl: "https://deltacrown.gg/settings/notifications",
};

describe("renderNotificationEmails (mail merge)", () => {
  it("gives every recipient exactly the email rendered for them alone, names and links escaped", async () => {
    const inputs = [
      { ...base, recipientName: "Ava", unsubscribeUrl: "https://deltacrown.gg/unsubscribe?token=v1.aaa.bbb" },
      {
        ...base,
        recipientName: `Bob "The <Builder>" & Co's`,
        unsubscribeUrl: "https://deltacrown.gg/unsubscribe?token=v1.ccc.ddd&x=1",
      },
      { ...base, recipientName: null, unsubscribeUrl: "https://deltacrown.gg/unsubscribe?token=v1.eee.fff" },
      { ...base, recipientName: "   ", unsubscribeUrl: "https://deltacrown.gg/unsubscribe?token=v1.ggg.hhh" },
      {
        ...base,
        recipientName: "Cy",
        notification: { ...base.notification, title: "Another one" },
        unsubscribeUrl: "https://deltacrown.gg/unsubscribe?token=v1.iii.jjj",
      },
    ];
    const merged = await renderNotificationEmails(inputs);
    const single = await Promise.all(inputs.map((input) => renderNotificationEmail(input)));
    expect(merged).toEqual(single);
  });

  it("never rewrites notification text that looks like a placeholder", async () => {
    const input = {
      ...base,
      recipientName: "Ava",
      unsubscribeUrl: "https://deltacrown.gg/unsubscribe?token=v1.a.b",
      notification: { ...base.notification, body: "dcname https://unsubscribe.invalid/" },
    };
    const [merged] = await renderNotificationEmails([input]);
    expect(merged).toEqual(await renderNotificationEmail(input));
  });
});
