// A team's short tag, derived from its slug (lib/text/slug.ts makes the slug from the name).

/** "Zephyr Foxes" → "ZF", "Nightowls" → "NIG": initials of up to 4 words, else the first 3 letters. */
export function defaultTeamTag(slug: string): string {
  const words = slug.split("-").filter(Boolean);
  const tag = words.length > 1 ? words.map((word) => word[0]).join("") : (words[0] ?? "");
  return (words.length > 1 ? tag.slice(0, 4) : tag.slice(0, 3)).toUpperCase();
}
