// "@everyone" and "@here" in user text must not even look like a ping: a zero-width space after
// the "@" breaks the keyword (allowed_mentions.parse = [] already stops it from notifying anyone).

const MASS_MENTION = /@(everyone|here)/gi;

export function neutralizeMentions(text: string): string {
  return text.replace(MASS_MENTION, "@\u200b$1");
}
