// The links an email carries: the confirm page (body link; GET changes nothing, because mail
// scanners prefetch links) and the RFC 8058 one-click endpoint (List-Unsubscribe header; mail
// clients POST "List-Unsubscribe=One-Click" to it, no login).
import { env } from "@/lib/env";

function appUrl(path: string, token: string): string {
  const url = new URL(path, env.APP_URL);
  url.searchParams.set("token", token);
  return url.toString();
}

export function unsubscribeUrl(token: string): string {
  return appUrl("/unsubscribe", token);
}

export function oneClickUnsubscribeUrl(token: string): string {
  return appUrl("/api/unsubscribe", token);
}

export function listUnsubscribeHeaders(token: string): {
  "List-Unsubscribe": string;
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click";
} {
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(token)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
