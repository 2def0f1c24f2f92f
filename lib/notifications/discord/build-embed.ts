// A Discord embed for one notification: "<emoji> title", description, the type's colour, an absolute
// link, timestamp, footer and fields — always within Discord's limits, so a post is never rejected
// for its size. Times in the text are tokens (lib/notifications/content/time-tokens.ts), posted as
// Discord timestamps so each reader sees their own zone. Over a limit, text is cut on a word boundary with "…"; over the 6000 total, the
// description keeps up to 2048 characters, then fields are kept in order while they fit.
import { env } from "@/lib/env";
import { toAbsoluteLink } from "@/lib/links/safe-link";
import { NOTIFICATION_CATALOG, type TNotificationType } from "@/lib/notifications/catalog";
import { renderDiscordTimeTokens, renderTimeTokens } from "@/lib/notifications/content/time-tokens";
import { neutralizeUserText } from "./neutralize-user-text";
import { truncateText } from "@/lib/text/truncate-text";

/** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const DISCORD_EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  /** Title, description, field names and values and footer text together. */
  total: 6000,
} as const;

export const DISCORD_EMBED_FOOTER = "DeltaCrown";
/** Over the 6000 total, the description keeps at least this much before fields are dropped. */
const DESCRIPTION_RESERVE = 2048;
/** A field cut shorter than this is dropped instead: a stub value helps nobody. */
const MIN_FIELD_VALUE = 16;
/** Discord rejects empty field names and values; a zero-width space is the accepted "blank". */
const BLANK = "\u200b";

export type TDiscordEmbedField = { name: string; value: string; inline?: boolean };
export type TDiscordEmbed = {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  timestamp?: string;
  footer?: { text: string };
  fields?: TDiscordEmbedField[];
};

export type TBuildDiscordEmbedInput = {
  type: TNotificationType;
  title: string;
  body: string;
  /** App path or absolute http(s) URL; null links to the notification center. */
  url: string | null;
  timestamp: Date;
  fields?: TDiscordEmbedField[];
  /** Base for relative urls (defaults to APP_URL). */
  appUrl?: string;
};

export function buildDiscordEmbed({
  type,
  title,
  body,
  url,
  timestamp,
  fields = [],
  appUrl = env.APP_URL,
}: TBuildDiscordEmbedInput): TDiscordEmbed {
  const { emoji, color } = NOTIFICATION_CATALOG[type];
  return clampDiscordEmbed({
    // Discord shows timestamp markup in the description but not in a title: there the time reads in UTC.
    title: `${emoji} ${renderTimeTokens(title, "UTC").trim()}`,
    description: renderDiscordTimeTokens(body).trim(),
    url: toAbsoluteLink(url, appUrl),
    color,
    // An invalid date would make Discord reject the whole post: leave the timestamp out instead.
    timestamp: Number.isNaN(timestamp.getTime()) ? undefined : timestamp.toISOString(),
    footer: { text: DISCORD_EMBED_FOOTER },
    fields,
  });
}

/** Neutralises mass mentions and enforces every limit; a valid embed comes back unchanged. */
export function clampDiscordEmbed(embed: TDiscordEmbed): TDiscordEmbed {
  const L = DISCORD_EMBED_LIMITS;
  const clean = (text: string | undefined, max: number) => truncateText(neutralizeUserText(text ?? ""), max);
  const title = clean(embed.title, L.title);
  const footerText = clean(embed.footer?.text, L.footerText);
  let description = clean(embed.description, L.description);
  const fields = (embed.fields ?? []).slice(0, L.fields).map((field) => ({
    ...field,
    name: clean(field.name, L.fieldName) || BLANK,
    value: clean(field.value, L.fieldValue) || BLANK,
  }));

  const fixed = title.length + footerText.length;
  const fieldsLength = fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  let keptFields = fields;
  if (fixed + description.length + fieldsLength > L.total) {
    const fieldBudget = L.total - fixed - Math.min(description.length, DESCRIPTION_RESERVE);
    keptFields = fitFields(fields, fieldBudget);
    const used = keptFields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
    description = truncateText(description, L.total - fixed - used);
  }

  const result: TDiscordEmbed = {};
  if (title) result.title = title;
  if (description) result.description = description;
  if (embed.url && isHttpUrl(embed.url)) result.url = embed.url;
  if (embed.color !== undefined) result.color = Math.max(0, Math.min(0xffffff, Math.trunc(embed.color)));
  if (embed.timestamp) result.timestamp = embed.timestamp;
  if (footerText) result.footer = { text: footerText };
  if (keptFields.length) result.fields = keptFields;
  return result;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return (protocol === "http:" || protocol === "https:") && value.length <= 2048;
  } catch {
    return false;
  }
}

/** Fields in order while they fit in `budget`; the first that does not is cut if enough room is left. */
function fitFields(fields: TDiscordEmbedField[], budget: number): TDiscordEmbedField[] {
  const kept: TDiscordEmbedField[] = [];
  let left = budget;
  for (const field of fields) {
    const size = field.name.length + field.value.length;
    if (size <= left) {
      kept.push(field);
      left -= size;
      continue;
    }
    const valueRoom = left - field.name.length;
    if (valueRoom >= MIN_FIELD_VALUE) kept.push({ ...field, value: truncateText(field.value, valueRoom) });
    break;
  }
  return kept;
}

/** The characters Discord counts toward the 6000 total. */
export function getEmbedTextLength(embed: TDiscordEmbed): number {
  const fields = embed.fields ?? [];
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}
