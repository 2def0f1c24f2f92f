import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startHttpStandIn, type THttpStandIn } from "@/test-support/http-stand-in";

let resendApi: THttpStandIn;

beforeAll(async () => {
  resendApi = await startHttpStandIn();
});
afterAll(() => resendApi.close());
afterEach(() => {
  vi.unstubAllEnvs();
  resendApi.reset();
});

async function loadMail(environment: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(environment)) vi.stubEnv(key, value);
  const [mail, { db }] = await Promise.all([import("./send-email"), import("@/lib/db")]);
  return { sendEmail: mail.sendEmail, db };
}

const message = {
  to: "ava@deltacrown.test",
  subject: "Hello <b>there</b>",
  html: "<p>Hi</p>",
  text: "Hi",
  headers: { "X-Entity-Ref-ID": "n1" },
};

describe("sending email", () => {
  it("captures the message in the database when no Resend key is configured", async () => {
    const { sendEmail, db } = await loadMail({});
    const sent = await sendEmail(message);
    expect(sent.transport).toBe("captured");
    const captured = await db.capturedEmail.findUniqueOrThrow({ where: { id: sent.id } });
    expect(captured).toMatchObject({
      to: message.to,
      subject: message.subject,
      html: message.html,
      text: message.text,
      headers: message.headers,
    });
    expect(resendApi.requests).toHaveLength(0);
  });

  it("sends through the Resend API with HTML, text, headers and the idempotency key", async () => {
    resendApi.enqueue({ status: 200, body: { id: "resend-message-1" } });
    const { sendEmail, db } = await loadMail({
      RESEND_API_KEY: "re_test_key",
      RESEND_BASE_URL: resendApi.url,
      EMAIL_FROM: "DeltaCrown <notify@deltacrown.gg>",
    });
    const capturedBefore = await db.capturedEmail.count();
    const sent = await sendEmail({ ...message, idempotencyKey: "delivery-42" });

    expect(sent).toEqual({ id: "resend-message-1", transport: "resend" });
    expect(resendApi.requests).toHaveLength(1);
    const [request] = resendApi.requests;
    expect(request?.path).toBe("/emails");
    expect(request?.headers.authorization).toBe("Bearer re_test_key");
    expect(request?.headers["idempotency-key"]).toBe("delivery-42");
    expect(request?.json).toMatchObject({
      from: "DeltaCrown <notify@deltacrown.gg>",
      to: message.to,
      subject: message.subject,
      html: "<p>Hi</p>",
      text: "Hi",
      headers: message.headers,
    });
    expect(await db.capturedEmail.count()).toBe(capturedBefore);
  });

  it("reports a rejected address as a permanent failure that retrying cannot fix", async () => {
    resendApi.enqueue({
      status: 422,
      body: { statusCode: 422, name: "validation_error", message: "Invalid `to` field." },
    });
    const { sendEmail } = await loadMail({ RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: resendApi.url });
    await expect(sendEmail(message)).rejects.toMatchObject({ code: "INVALID_INPUT", isRetryable: false });
  });

  it.each([
    [500, { statusCode: 500, name: "application_error", message: "boom" }],
    [429, { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" }],
  ])("reports HTTP %i as a transient failure so the job retries", async (status, body) => {
    resendApi.enqueue({ status, body });
    const { sendEmail } = await loadMail({ RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: resendApi.url });
    await expect(sendEmail(message)).rejects.toMatchObject({ code: "UPSTREAM_UNAVAILABLE", isRetryable: true });
  });
});
