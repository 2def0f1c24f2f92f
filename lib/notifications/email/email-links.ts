// The links and headers every notification email carries for its recipient: the unsubscribe link
// (signed, no login), the settings page, and the RFC 8058 List-Unsubscribe headers.
import { env } from "@/lib/env";
import {
  createUnsubscribeToken,
  listUnsubscribeHeaders,
  unsubscribeUrl,
  type TUnsubscribeScope,
} from "@/lib/notifications/unsubscribe";

export function emailLinksFor(userId: string, scope: TUnsubscribeScope) {
  const token = createUnsubscribeToken({ userId, scope });
  return {
    appUrl: env.APP_URL,
    unsubscribeUrl: unsubscribeUrl(token),
    preferencesUrl: new URL("/settings/notifications", env.APP_URL).toString(),
    headers: listUnsubscribeHeaders(token),
  };
}
