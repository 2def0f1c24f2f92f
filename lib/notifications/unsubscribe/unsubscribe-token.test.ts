import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";
import { listUnsubscribeHeaders, oneClickUnsubscribeUrl, unsubscribeUrl } from "./unsubscribe-urls";

const SECRET = "a-test-secret-that-is-at-least-32-characters-long";
const OTHER_SECRET = "another-secret-that-is-also-32-characters-or-more";

const flipChar = (text: string, index: number) =>
  `${text.slice(0, index)}${text[index] === "A" ? "B" : "A"}${text.slice(index + 1)}`;

describe("unsubscribe tokens", () => {
  it("round-trips a user and a type, and a user and all email", () => {
    expect(
      verifyUnsubscribeToken(createUnsubscribeToken({ userId: "user_1", scope: "match_result" }, SECRET), SECRET),
    ).toEqual({ userId: "user_1", scope: "match_result" });
    expect(verifyUnsubscribeToken(createUnsubscribeToken({ userId: "user_1", scope: "all" }, SECRET), SECRET)).toEqual({
      userId: "user_1",
      scope: "all",
    });
  });

  it("signs with AUTH_SECRET by default and is URL-safe", () => {
    const token = createUnsubscribeToken({ userId: "user_1", scope: "all" });
    expect(token).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyUnsubscribeToken(token)).toEqual({ userId: "user_1", scope: "all" });
  });

  it("rejects a token whose payload was changed to another user or scope", () => {
    const token = createUnsubscribeToken({ userId: "user_1", scope: "match_result" }, SECRET);
    const [version, , signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ userId: "user_2", scope: "all" })).toString("base64url");
    expect(verifyUnsubscribeToken(`${version}.${forged}.${signature}`, SECRET)).toBeNull();
  });

  it("rejects a token whose signature was changed", () => {
    const token = createUnsubscribeToken({ userId: "user_1", scope: "all" }, SECRET);
    expect(verifyUnsubscribeToken(flipChar(token, token.length - 5), SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(token.slice(0, -1), SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(`${token}A`, SECRET)).toBeNull();
  });

  it("rejects a token signed with another secret", () => {
    expect(
      verifyUnsubscribeToken(createUnsubscribeToken({ userId: "user_1", scope: "all" }, OTHER_SECRET), SECRET),
    ).toBeNull();
  });

  it("rejects another version even with a valid signature layout", () => {
    const token = createUnsubscribeToken({ userId: "user_1", scope: "all" }, SECRET);
    expect(verifyUnsubscribeToken(token.replace(/^v1\./, "v2."), SECRET)).toBeNull();
  });

  it.each([
    ["", ""],
    ["garbage", "garbage"],
    ["dots", "a.b.c"],
    ["too many parts", "v1.a.b.c"],
    ["not a string", 42],
    ["null", null],
    ["huge", "v1.".padEnd(5000, "a")],
  ])("rejects %s", (_label, token) => {
    expect(verifyUnsubscribeToken(token, SECRET)).toBeNull();
  });

  it("rejects a correctly signed payload that is not a user and a known scope", () => {
    // Signs like the module does (documented scheme), so only the payload check can refuse it.
    const signed = (payload: unknown) => {
      const body = `v1.${Buffer.from(JSON.stringify(payload)).toString("base64url")}`;
      const key = createHmac("sha256", SECRET).update("unsubscribe-v1").digest();
      return `${body}.${createHmac("sha256", key).update(body).digest("base64url")}`;
    };
    expect(verifyUnsubscribeToken(signed({ userId: "user_1", scope: "all" }), SECRET)).toEqual({
      userId: "user_1",
      scope: "all",
    });
    expect(verifyUnsubscribeToken(signed({ userId: "user_1", scope: "carrier_pigeon" }), SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(signed({ userId: "", scope: "all" }), SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(signed(["user_1", "all"]), SECRET)).toBeNull();
    expect(() => createUnsubscribeToken({ userId: "user_1", scope: "carrier_pigeon" as never }, SECRET)).toThrow();
  });

  it("builds the confirm link, the one-click link and the RFC 8058 headers on APP_URL", () => {
    const token = createUnsubscribeToken({ userId: "user_1", scope: "all" }, SECRET);
    expect(unsubscribeUrl(token)).toBe(`http://localhost:3000/unsubscribe?token=${token}`);
    expect(oneClickUnsubscribeUrl(token)).toBe(`http://localhost:3000/api/unsubscribe?token=${token}`);
    expect(listUnsubscribeHeaders(token)).toEqual({
      "List-Unsubscribe": `<http://localhost:3000/api/unsubscribe?token=${token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
});
