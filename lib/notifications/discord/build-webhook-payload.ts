// The JSON body of one webhook post: the embed plus a content line mentioning exactly the users who
// chose Discord for this type. `allowed_mentions.parse` is empty, so nothing in any text — not
// "@everyone", "@here", a role or a user id typed into a title — can ping anyone else.
import { clampDiscordEmbed, type TDiscordEmbed } from "./build-embed";

/** Discord's limits on a message's content and its allowed user mentions. */
export const DISCORD_CONTENT_MAX_LENGTH = 2000;
export const DISCORD_MAX_ALLOWED_USER_MENTIONS = 100;

/** Discord ids are snowflakes: 17–20 digits (a 64-bit integer). */
const SNOWFLAKE = /^[0-9]{17,20}$/;

export type TDiscordWebhookPayload = {
  content: string;
  embeds: [TDiscordEmbed];
  allowed_mentions: { parse: []; users: string[] };
};

export function buildWebhookPayload({
  embed,
  mentionDiscordUserIds,
}: {
  embed: TDiscordEmbed;
  mentionDiscordUserIds: readonly string[];
}): TDiscordWebhookPayload {
  const users: string[] = [];
  let content = "";
  for (const id of new Set(mentionDiscordUserIds.map((value) => value.trim()))) {
    if (!SNOWFLAKE.test(id) || BigInt(id) >= 2n ** 64n) continue;
    const next = content ? `${content} <@${id}>` : `<@${id}>`;
    // Only users actually mentioned in the content may be allowed; past either limit, stop.
    if (users.length >= DISCORD_MAX_ALLOWED_USER_MENTIONS || next.length > DISCORD_CONTENT_MAX_LENGTH) break;
    users.push(id);
    content = next;
  }
  return { content, embeds: [clampDiscordEmbed(embed)], allowed_mentions: { parse: [], users } };
}
