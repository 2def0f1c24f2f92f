// User text in a Discord embed must not act as more than text:
// - "@everyone" and "@here" must not even look like a ping: a zero-width space after the "@" breaks
//   the keyword (allowed_mentions.parse = [] already stops it from notifying anyone);
// - a masked link "[official rules](https://evil.example)" would show trusted words over another
//   site's address: its brackets are escaped, so Discord shows the text and the address as typed.

const MASS_MENTION = /@(everyone|here)/gi;
/** "[text](" not already escaped; the text holds no brackets (Discord's masked-link shape). */
const MASKED_LINK = /(?<!\\)\[([^[\]]*?)(?<!\\)\]\(/g;

export function neutralizeUserText(text: string): string {
  return text.replace(MASS_MENTION, "@\u200b$1").replace(MASKED_LINK, "\\[$1\\](");
}
