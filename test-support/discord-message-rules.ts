// What Discord refuses in a webhook message (ENVIRONMENT.md, "The real services' contracts";
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits), in Discord's own
// error shape: 400 `{ message: "Invalid Form Body", code: 50035, errors: { <path>: { _errors: [...] } } }`.
// The Discord stand-in (discord-stand-in.ts) answers with it, so a payload that passes here passes there.

export const DISCORD_MESSAGE_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  allowedUserMentions: 100,
} as const;

export type TDiscordError = { message: string; code: number; errors?: Record<string, unknown> };

type TEmbed = {
  title?: unknown;
  description?: unknown;
  fields?: { name?: unknown; value?: unknown }[];
  footer?: { text?: unknown };
  author?: { name?: unknown };
};

/** Discord's answer for a message it refuses, or null when it would post it. */
export function findDiscordMessageError(body: unknown): TDiscordError | null {
  if (!body || typeof body !== "object") return { message: "Cannot send an empty message", code: 50006 };
  const message = body as {
    content?: unknown;
    embeds?: unknown;
    allowed_mentions?: { parse?: unknown; users?: unknown };
  };
  const L = DISCORD_MESSAGE_LIMITS;
  const errors: Record<string, unknown> = {};
  const tooLong = (max: number) => ({
    _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${max} or fewer in length.` }],
  });
  const required = { _errors: [{ code: "BASE_TYPE_REQUIRED", message: "This field is required" }] };

  const content = typeof message.content === "string" ? message.content : "";
  if (content.length > L.content) errors.content = tooLong(L.content);

  const embeds = Array.isArray(message.embeds) ? (message.embeds as TEmbed[]) : [];
  if (embeds.length > L.embeds) errors.embeds = tooLong(L.embeds);
  let total = 0;
  const embedErrors: Record<string, unknown> = {};
  embeds.forEach((embed, index) => {
    const own: Record<string, unknown> = {};
    const text = (value: unknown) => (typeof value === "string" ? value : "");
    const check = (key: string, value: unknown, max: number, target: Record<string, unknown> = own) => {
      total += text(value).length;
      if (text(value).length > max) target[key] = tooLong(max);
    };
    check("title", embed.title, L.title);
    check("description", embed.description, L.description);
    if (embed.footer) check("footer", embed.footer.text, L.footerText);
    if (embed.author) check("author", embed.author.name, L.authorName);
    const fields = embed.fields ?? [];
    if (fields.length > L.fields) own.fields = tooLong(L.fields);
    const fieldErrors: Record<string, unknown> = {};
    fields.forEach((field, fieldIndex) => {
      const errorsOfField: Record<string, unknown> = {};
      for (const [key, max] of [
        ["name", L.fieldName],
        ["value", L.fieldValue],
      ] as const) {
        if (!text(field[key])) errorsOfField[key] = required;
        check(key, field[key], max, errorsOfField);
      }
      if (Object.keys(errorsOfField).length) fieldErrors[String(fieldIndex)] = errorsOfField;
    });
    if (Object.keys(fieldErrors).length) own.fields = { ...(own.fields as object), ...fieldErrors };
    if (Object.keys(own).length) embedErrors[String(index)] = own;
  });
  if (total > L.embedTotal)
    embedErrors._errors = [
      { code: "MAX_EMBED_SIZE_EXCEEDED", message: `Embed size exceeds maximum size of ${L.embedTotal}` },
    ];
  if (Object.keys(embedErrors).length) errors.embeds = { ...(errors.embeds as object), ...embedErrors };

  const mentions = message.allowed_mentions;
  const users = Array.isArray(mentions?.users) ? mentions.users : [];
  const parse = Array.isArray(mentions?.parse) ? mentions.parse : [];
  if (users.length > L.allowedUserMentions) errors.allowed_mentions = { users: tooLong(L.allowedUserMentions) };
  if (users.length > 0 && parse.includes("users")) {
    errors.allowed_mentions = {
      _errors: [
        {
          code: "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
          message: 'parse:["users"] and users: [ids...] are mutually exclusive.',
        },
      ],
    };
  }

  if (Object.keys(errors).length) return { message: "Invalid Form Body", code: 50035, errors };
  if (!content && embeds.length === 0) return { message: "Cannot send an empty message", code: 50006 };
  return null;
}
