// The client's IP address as the proxy in front of the app reports it, for per-IP rate limits.
//
// What is trusted: the first `x-forwarded-for` entry, else `x-real-ip`. On Vercel the platform sets
// both and overwrites what the client sent. Under `next start` without a proxy, Next fills in
// `x-forwarded-for` from the socket only when the client did not send one (node_modules/next/dist/
// server/base-server.js), and a proxy that appends to the header keeps the client's own first entry —
// so there a client can choose the address it is counted under. A per-IP limit is therefore
// best-effort; limits that must hold (e.g. per email address) are keyed on something else.
import { isIP } from "node:net";

/** The client IP from the request headers, or null when none is present or it is not an IP address. */
export function getClientIp(headers: Headers): string | null {
  for (const candidate of [headers.get("x-forwarded-for")?.split(",")[0], headers.get("x-real-ip")]) {
    const address = candidate?.trim() ?? "";
    // Node reports IPv4 clients of a dual-stack socket as "::ffff:1.2.3.4": count them as 1.2.3.4.
    if (address.startsWith("::ffff:") && isIP(address.slice(7)) === 4) return address.slice(7);
    if (isIP(address)) return address;
  }
  return null;
}
