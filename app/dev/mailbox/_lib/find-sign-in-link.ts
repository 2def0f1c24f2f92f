// The magic link in a captured sign-in email (Auth.js: /api/auth/callback/<provider>?…), from the
// text part, else from the HTML part (where "&" is written "&amp;").
const SIGN_IN_LINK = /https?:\/\/[^\s"'<>()[\]]+\/api\/auth\/callback\/[a-z0-9-]+\?[^\s"'<>()[\]]+/i;

export function findSignInLink({ text, html }: { text: string; html?: string }): string | null {
  const fromText = SIGN_IN_LINK.exec(text)?.[0];
  if (fromText) return fromText;
  const fromHtml = html ? SIGN_IN_LINK.exec(html)?.[0] : undefined;
  return fromHtml ? fromHtml.replaceAll("&amp;", "&") : null;
}
