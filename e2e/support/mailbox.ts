// What the Resend stand-in delivered (the production build and run-events.ts both send through it):
// the specs read a player's mail here, as the player would find it in their inbox.
import { E2E_RESEND_URL } from "./config";

export type TDeliveredEmail = {
  id: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  headers: Record<string, string>;
};

/** Every email delivered to `to`, oldest first. */
export async function findEmails(to: string): Promise<TDeliveredEmail[]> {
  const response = await fetch(`${E2E_RESEND_URL}/_stand-in/emails?to=${encodeURIComponent(to)}`);
  if (!response.ok) throw new Error(`The Resend stand-in answered ${response.status}`);
  return (await response.json()) as TDeliveredEmail[];
}

/** The newest email delivered to `to`, or null. */
export async function findNewestEmail(to: string): Promise<TDeliveredEmail | null> {
  return (await findEmails(to)).at(-1) ?? null;
}
