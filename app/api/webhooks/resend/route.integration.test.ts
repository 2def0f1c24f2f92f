// Resend's webhooks through the real route and database, each call signed as Svix signs it (Standard
// Webhooks' signer with the endpoint's secret): the signature is required, each tracked event moves
// the notification's email on, a hard bounce or a spam complaint turns the player's email off and
// tells them why, and replayed or out-of-order calls change nothing.
import { randomUUID } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { findDigestItems } from "@/lib/notifications/digest/digest-items";
import { aUser } from "@/test-support/factories";
import type * as Route from "./route";

const SECRET = `whsec_${Buffer.from("resend-webhook-test-secret-0123456789").toString("base64")}`;

type TRoute = typeof Route;
let route: TRoute;

beforeEach(async () => {
  vi.resetModules();
  vi.stubEnv("RESEND_WEBHOOK_SECRET", SECRET);
  route = await import("./route");
});

afterEach(() => {
  vi.unstubAllEnvs();
});

function signed(body: unknown, { secret = SECRET, id = `msg_${randomUUID()}`, at = new Date() } = {}): Request {
  const payload = JSON.stringify(body);
  return new Request("http://localhost/api/webhooks/resend", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "svix-id": id,
      "svix-timestamp": String(Math.floor(at.getTime() / 1000)),
      "svix-signature": new Webhook(secret).sign(id, at, payload),
    },
    body: payload,
  });
}

const event = (type: string, emailId: string, extra: Record<string, unknown> = {}) => ({
  type,
  created_at: new Date().toISOString(),
  data: { email_id: emailId, created_at: new Date().toISOString(), from: "x", to: ["y"], subject: "s", ...extra },
});

async function emailedNotification() {
  const user = await aUser();
  const emailId = randomUUID();
  const notification = await db.notification.create({
    data: {
      userId: user.id,
      type: "match_result",
      title: "Result",
      body: "",
      dedupKey: `result-${emailId}`,
      deliveries: {
        create: {
          type: "match_result",
          channel: "EMAIL",
          status: "SENT",
          providerMessageId: emailId,
          sentAt: new Date(),
        },
      },
    },
  });
  const delivery = () => db.delivery.findFirstOrThrow({ where: { notificationId: notification.id } });
  const optedOut = async () =>
    (await db.notificationPreference.findUnique({ where: { userId: user.id } }))?.optOutEmail ?? false;
  return { user, emailId, delivery, optedOut };
}

describe("POST /api/webhooks/resend", () => {
  it("refuses a call without a valid signature, and an old one, and changes nothing", async () => {
    const { emailId, delivery } = await emailedNotification();
    const body = event("email.delivered", emailId);
    expect(
      (await route.POST(signed(body, { secret: `whsec_${Buffer.from("other").toString("base64")}` }))).status,
    ).toBe(401);
    expect((await route.POST(signed(body, { at: new Date(Date.now() - 10 * 60_000) }))).status).toBe(401);
    const unsigned = new Request("http://localhost/api/webhooks/resend", {
      method: "POST",
      body: JSON.stringify(body),
    });
    expect((await route.POST(unsigned)).status).toBe(401);
    expect((await delivery()).status).toBe("SENT");
  });

  it("answers 404 when no secret is configured", async () => {
    vi.resetModules();
    vi.stubEnv("RESEND_WEBHOOK_SECRET", "");
    const unconfigured: TRoute = await import("./route");
    expect((await unconfigured.POST(signed(event("email.delivered", "x")))).status).toBe(404);
  });

  it("records delivered, then a delay is only a reason, and a replay changes nothing", async () => {
    const { user, emailId, delivery } = await emailedNotification();
    const delayed = await route.POST(signed(event("email.delivery_delayed", emailId)));
    expect(await delayed.json()).toMatchObject({ outcome: "recorded", status: "SENT", changed: true });
    expect(await delivery()).toMatchObject({ status: "SENT", reason: expect.stringContaining("delayed") });

    const delivered = signed(event("email.delivered", emailId), { id: "msg_delivered" });
    expect(await (await route.POST(delivered)).json()).toMatchObject({ status: "DELIVERED", changed: true });
    expect(await delivery()).toMatchObject({ status: "DELIVERED", reason: null });
    // Emailed on its own, so the daily digest does not carry it again.
    expect(await findDigestItems(db, user.id, new Date())).toEqual([]);
    const replay = signed(event("email.delivered", emailId), { id: "msg_delivered" });
    expect(await (await route.POST(replay)).json()).toMatchObject({ status: "DELIVERED", changed: false });
    // Out of order: a delay reported after delivery does not move it back.
    await route.POST(signed(event("email.delivery_delayed", emailId)));
    expect((await delivery()).status).toBe("DELIVERED");
  });

  it("a hard bounce marks the email BOUNCED, turns email off and tells the player once", async () => {
    const { user, emailId, delivery, optedOut } = await emailedNotification();
    const bounce = event("email.bounced", emailId, {
      bounce: { type: "Permanent", subType: "General", message: "550 5.1.1 user unknown" },
    });
    expect(await (await route.POST(signed(bounce))).json()).toMatchObject({ status: "BOUNCED", emailTurnedOff: true });
    expect(await delivery()).toMatchObject({ status: "BOUNCED", reason: expect.stringContaining("550 5.1.1") });
    expect(await optedOut()).toBe(true);
    await route.POST(signed(bounce)); // replayed
    await route.POST(signed(event("email.delivered", emailId))); // late, out of order
    expect((await delivery()).status).toBe("BOUNCED");
    const notices = await db.notification.findMany({ where: { userId: user.id, type: "system" } });
    expect(notices).toEqual([
      expect.objectContaining({ title: "We stopped emailing you", url: "/settings/notifications" }),
    ]);
  });

  it("a soft bounce is recorded but leaves email on", async () => {
    const { emailId, delivery, optedOut } = await emailedNotification();
    const bounce = event("email.bounced", emailId, {
      bounce: { type: "Transient", subType: "MailboxFull", message: "full" },
    });
    expect(await (await route.POST(signed(bounce))).json()).toMatchObject({ status: "BOUNCED", emailTurnedOff: false });
    expect(await delivery()).toMatchObject({ status: "BOUNCED" });
    expect(await optedOut()).toBe(false);
  });

  it("a spam complaint after delivery marks it COMPLAINED and turns email off", async () => {
    const { emailId, delivery, optedOut } = await emailedNotification();
    await route.POST(signed(event("email.delivered", emailId)));
    expect(await (await route.POST(signed(event("email.complained", emailId)))).json()).toMatchObject({
      status: "COMPLAINED",
      emailTurnedOff: true,
    });
    expect((await delivery()).status).toBe("COMPLAINED");
    expect(await optedOut()).toBe(true);
  });

  it("ignores events it does not track and emails that are not a notification's", async () => {
    const { emailId, delivery } = await emailedNotification();
    expect(await (await route.POST(signed(event("email.opened", emailId)))).json()).toMatchObject({
      outcome: "ignored",
    });
    expect(await (await route.POST(signed(event("email.delivered", "unknown-id")))).json()).toMatchObject({
      outcome: "ignored",
    });
    expect((await delivery()).status).toBe("SENT");
  });
});
