// A team's address on the site (/teams/<slug>) and its short tag, both derived from its name.

/** "Zéphyr Foxes!" → "zephyr-foxes"; "" when the name has no letter or digit to keep. */
export function toTeamSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}

/** The first free slug: `base`, else `base-2`, `base-3`, … among the slugs already taken. */
export function firstFreeSlug(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** "Zephyr Foxes" → "ZF", "Nightowls" → "NIG": initials of up to 4 words, else the first 3 letters. */
export function defaultTeamTag(slug: string): string {
  const words = slug.split("-").filter(Boolean);
  const tag = words.length > 1 ? words.map((word) => word[0]).join("") : (words[0] ?? "");
  return (words.length > 1 ? tag.slice(0, 4) : tag.slice(0, 3)).toUpperCase();
}
