// An address on the site (/teams/<slug>, /tournaments/<slug>) from a name, and the first one still free.

/** "Zéphyr Foxes!" → "zephyr-foxes"; "" when the name has no letter or digit to keep. */
export function toSlug(name: string): string {
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
