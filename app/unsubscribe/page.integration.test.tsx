// The confirm page renders from the token alone and never changes anything on GET.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyUnsubscribe } from "@/lib/notifications/unsubscribe/apply-unsubscribe";
import { createUnsubscribeToken } from "@/lib/notifications/unsubscribe/unsubscribe-token";
import UnsubscribePage from "./page";

let userCount = 0;
const aUser = () =>
  db.user.create({ data: { email: `page${++userCount}@deltacrown.test`, emailVerified: new Date() } });

async function render(params: Record<string, string>): Promise<string> {
  const html = renderToStaticMarkup(await UnsubscribePage({ searchParams: Promise.resolve(params) }));
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");
}

describe("/unsubscribe page", () => {
  it("asks before stopping one type's email, and changes nothing by being opened", async () => {
    const user = await aUser();
    const token = createUnsubscribeToken({ userId: user.id, scope: "match_result" });
    const text = await render({ token });
    expect(text).toContain("Stop emails about Match results?");
    expect(await db.notificationPreference.count({ where: { userId: user.id } })).toBe(0);
  });

  it("asks before stopping all email, with a form that posts to the one-click endpoint", async () => {
    const user = await aUser();
    const token = createUnsubscribeToken({ userId: user.id, scope: "all" });
    const html = renderToStaticMarkup(await UnsubscribePage({ searchParams: Promise.resolve({ token }) }));
    expect(html).toContain("Stop all DeltaCrown email?");
    expect(html).toContain(`action="/api/unsubscribe?token=${token}"`);
    expect(html).toMatch(/method="post"/);
  });

  it("confirms once done, linking to the notification settings", async () => {
    const user = await aUser();
    const token = createUnsubscribeToken({ userId: user.id, scope: "match_result" });
    await applyUnsubscribe({ userId: user.id, scope: "match_result" });
    const text = await render({ token, done: "1" });
    expect(text).toContain(
      "Done — you won't get these emails any more. Change your mind on your notification settings",
    );
  });

  it("does not claim success for done=1 when nothing was changed", async () => {
    const user = await aUser();
    const token = createUnsubscribeToken({ userId: user.id, scope: "all" });
    expect(await render({ token, done: "1" })).toContain("Stop all DeltaCrown email?");
  });

  it("explains a broken or tampered link", async () => {
    expect(await render({ token: "v1.tampered.token" })).toContain("This unsubscribe link doesn't work");
    expect(await render({})).toContain("This unsubscribe link doesn't work");
  });
});
