// What a user may change about their notifications. Every field is optional (send only what
// changed); `channels` replaces the lists of the types it names and leaves the others alone.
// Messages name the bad value, because the settings page shows them as they are.
import { z } from "zod";
import {
  CHANNELS,
  EMAIL_MODES,
  isChannel,
  isEmailMode,
  isNotificationType,
  isQuietHoursMode,
  QUIET_HOURS_MODES,
  type TChannel,
  type TEmailMode,
  type TNotificationType,
  type TQuietHoursMode,
} from "@/lib/notifications/catalog";
import { DIGEST_TIME_MESSAGE, isDigestTime } from "./digest-time";
import { normalizeTimeZone } from "./time-zone";
import { normalizeChannels } from "./to-preferences";

const ZChannels = z
  .record(
    z.string(),
    z.array(z.string({ error: 'Channels must be text, like "email".' }), {
      error: "Each notification type needs a list of channels.",
    }),
    {
      error: "Channels must map notification types to lists of channels.",
    },
  )
  .superRefine((channels, ctx) => {
    for (const [type, list] of Object.entries(channels)) {
      if (!isNotificationType(type)) {
        ctx.addIssue({ code: "custom", path: [type], message: `Unknown notification type: ${type}` });
        continue;
      }
      const unknown = list.find((channel) => !isChannel(channel));
      if (unknown !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [type],
          message: `Unknown channel: ${unknown} (choose from ${CHANNELS.join(", ")})`,
        });
      }
    }
  })
  .transform((channels) => {
    const known: Partial<Record<TNotificationType, TChannel[]>> = {};
    for (const [type, list] of Object.entries(channels))
      if (isNotificationType(type)) known[type] = normalizeChannels(list);
    return known;
  });

const ZEmailModes = z
  .record(z.string(), z.string({ error: 'Each email choice must be text, like "digest".' }), {
    error: "Email choices must map notification types to instant, digest or off.",
  })
  .superRefine((modes, ctx) => {
    for (const [type, mode] of Object.entries(modes)) {
      if (!isNotificationType(type))
        ctx.addIssue({ code: "custom", path: [type], message: `Unknown notification type: ${type}` });
      else if (!isEmailMode(mode))
        ctx.addIssue({
          code: "custom",
          path: [type],
          message: `Unknown email choice: ${mode} (choose from ${EMAIL_MODES.join(", ")})`,
        });
    }
  })
  .transform((modes) => {
    const known: Partial<Record<TNotificationType, TEmailMode>> = {};
    for (const [type, mode] of Object.entries(modes))
      if (isNotificationType(type) && isEmailMode(mode)) known[type] = mode;
    return known;
  });

const QUIET_TIME_MESSAGE = "Quiet hours start and end at a time of day, like 23:00 or 07:30";
const ZQuietTime = z
  .string({ error: QUIET_TIME_MESSAGE })
  .trim()
  .refine(isDigestTime, { error: (issue) => `${QUIET_TIME_MESSAGE} (got ${JSON.stringify(issue.input)})` });

/** null turns quiet hours off. */
const ZQuietHours = z
  .strictObject({ start: ZQuietTime, end: ZQuietTime }, { error: "Quiet hours need a start and an end." })
  .refine((hours) => hours.start !== hours.end, { error: "Quiet hours must start and end at different times." })
  .nullable();

const ZDuringQuietHours = z
  .record(z.string(), z.string({ error: 'Each quiet-hours choice must be "hold" or "send".' }))
  .superRefine((modes, ctx) => {
    for (const [type, mode] of Object.entries(modes)) {
      if (!isNotificationType(type))
        ctx.addIssue({ code: "custom", path: [type], message: `Unknown notification type: ${type}` });
      else if (!isQuietHoursMode(mode))
        ctx.addIssue({
          code: "custom",
          path: [type],
          message: `Unknown quiet-hours choice: ${mode} (choose from ${QUIET_HOURS_MODES.join(", ")})`,
        });
    }
  })
  .transform((modes) => {
    const known: Partial<Record<TNotificationType, TQuietHoursMode>> = {};
    for (const [type, mode] of Object.entries(modes))
      if (isNotificationType(type) && isQuietHoursMode(mode)) known[type] = mode;
    return known;
  });

const ZSwitch = (name: string) => z.boolean({ error: `${name} must be on or off.` });

export const ZPreferencesUpdate = z.strictObject(
  {
    channels: ZChannels.optional(),
    /** Wins over an "email" in `channels` for the same type. */
    emailModes: ZEmailModes.optional(),
    optOutEmail: ZSwitch("Turning off all email").optional(),
    optOutInApp: ZSwitch("Turning off all in-app notifications").optional(),
    optOutDiscord: ZSwitch("Turning off all Discord notifications").optional(),
    digestTime: z
      .string({ error: DIGEST_TIME_MESSAGE })
      .trim()
      .refine(isDigestTime, { error: (issue) => `${DIGEST_TIME_MESSAGE} (got ${JSON.stringify(issue.input)})` })
      .optional(),
    quietHours: ZQuietHours.optional(),
    /** Per type: held during quiet hours, or sent even then; replaces the choices of the types it names. */
    duringQuietHours: ZDuringQuietHours.optional(),
    timezone: z
      .string({ error: "Choose a time zone." })
      .transform((value, ctx) => {
        const zone = normalizeTimeZone(value);
        if (zone) return zone;
        ctx.addIssue({ code: "custom", message: `Unknown time zone: ${value.trim() || "(empty)"}` });
        return z.NEVER;
      })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Unknown setting: ${issue.keys.join(", ")}`
        : "Send the settings as an object.",
  },
);

export type TPreferencesUpdateInput = z.input<typeof ZPreferencesUpdate>;
export type TPreferencesUpdate = z.output<typeof ZPreferencesUpdate>;
