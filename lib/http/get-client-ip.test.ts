import { describe, expect, it } from "vitest";
import { getClientIp } from "./get-client-ip";

const ip = (headers: Record<string, string>) => getClientIp(new Headers(headers));

describe("getClientIp", () => {
  it("takes the first x-forwarded-for entry (the client; later entries are proxies)", () => {
    expect(ip({ "x-forwarded-for": "203.0.113.7, 10.0.0.1, 10.0.0.2" })).toBe("203.0.113.7");
    expect(ip({ "x-forwarded-for": " 2001:db8::1 ", "x-real-ip": "198.51.100.1" })).toBe("2001:db8::1");
  });

  it("falls back to x-real-ip when x-forwarded-for is missing or not an address", () => {
    expect(ip({ "x-real-ip": "198.51.100.1" })).toBe("198.51.100.1");
    expect(ip({ "x-forwarded-for": "unknown", "x-real-ip": "198.51.100.1" })).toBe("198.51.100.1");
  });

  it("counts an IPv4 client of a dual-stack socket by its IPv4 address", () => {
    expect(ip({ "x-forwarded-for": "::ffff:203.0.113.7" })).toBe("203.0.113.7");
  });

  it("is null without a usable address", () => {
    expect(ip({})).toBeNull();
    expect(ip({ "x-forwarded-for": "", "x-real-ip": "not-an-ip" })).toBeNull();
    expect(ip({ "x-forwarded-for": "203.0.113.7:443" })).toBeNull();
  });
});
