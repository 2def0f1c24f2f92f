// The only form in which a stored webhook URL is shown: the host and webhook id, never the token
// (whoever holds the token can post as the webhook).
const MASK = "••••";

/** "https://discord.com/api/webhooks/1234/secret" → "discord.com/…/webhooks/1234/••••". */
export function maskWebhookUrl(webhookUrl: string): string {
  let url: URL;
  try {
    url = new URL(webhookUrl);
  } catch {
    return `…/${MASK}`;
  }
  const id = /\/webhooks\/(\d+)/.exec(url.pathname)?.[1];
  return id ? `${url.hostname}/…/webhooks/${id}/${MASK}` : `${url.hostname}/…/${MASK}`;
}
