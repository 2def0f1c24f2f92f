// The daily digest (lib/notifications/email/render-digest-email.ts renders it): a summary line, then
// one block per type — emoji, label, count, the newest items and "+N more" — and one button.
import { Button, Heading, Hr, Link, Section, Text } from "@react-email/components";
import { NOTIFICATION_CATALOG, type TNotificationType } from "@/lib/notifications/catalog";
import { truncateText } from "@/lib/text/truncate-text";
import { summarizeDigest } from "@/lib/notifications/email/summarize-digest";
import { toAbsoluteLink } from "@/lib/links/safe-link";
import { formatDateTime } from "@/lib/format/format-date-time";
import { EmailFooterLinks } from "./components/email-footer-links";
import { EmailLayout, emailColors } from "./components/email-layout";

/** Items shown per type; the rest are a "+N more" link. */
export const DIGEST_ITEMS_PER_GROUP = 5;
const BODY_PREVIEW_LENGTH = 140;

export type TDigestEmailItem = { title: string; body: string; url: string | null; createdAt: Date };
export type TDailyDigestEmailProps = {
  appUrl: string;
  recipientName: string | null;
  /** The recipient's local date, "YYYY-MM-DD". */
  date: string;
  /** In catalog order, newest first within a group (see groupForDigest). */
  groups: { type: TNotificationType; items: TDigestEmailItem[] }[];
  unsubscribeUrl: string;
  preferencesUrl: string;
  /** The recipient's IANA time zone; when set, each item shows its local time. */
  timeZone?: string;
};

export default function DailyDigestEmail({
  appUrl,
  recipientName,
  date,
  groups,
  unsubscribeUrl,
  preferencesUrl,
  timeZone,
}: TDailyDigestEmailProps) {
  const { summary } = summarizeDigest(groups);
  const centerUrl = toAbsoluteLink("/notifications", appUrl);
  const name = recipientName?.trim();
  return (
    <EmailLayout
      preview={`${summary} — your DeltaCrown digest for ${formatDigestDate(date)}`}
      footer={
        <EmailFooterLinks
          reason="You received this because the daily digest is on in your DeltaCrown notification settings."
          preferencesUrl={preferencesUrl}
          unsubscribeUrl={unsubscribeUrl}
          unsubscribeLabel="Turn off the daily digest"
        />
      }
    >
      <Text
        style={{
          fontSize: 13,
          color: emailColors.muted,
          margin: "0 0 4px",
          textTransform: "uppercase",
          letterSpacing: 0.6,
        }}
      >
        {formatDigestDate(date)}
      </Text>
      <Heading as="h1" style={{ fontSize: 22, lineHeight: "30px", margin: "0 0 8px" }}>
        Your daily digest
      </Heading>
      <Text style={{ fontSize: 15, lineHeight: "22px", margin: "0 0 4px" }}>
        {name
          ? `Hi ${name}, here is what happened since your last digest.`
          : "Here is what happened since your last digest."}
      </Text>
      <Text style={{ fontSize: 15, lineHeight: "22px", margin: "0 0 20px", fontWeight: 600, color: emailColors.brand }}>
        {summary}
      </Text>

      {groups
        .filter((group) => group.items.length > 0)
        .map((group) => {
          const { label, emoji } = NOTIFICATION_CATALOG[group.type];
          const shown = group.items.slice(0, DIGEST_ITEMS_PER_GROUP);
          const more = group.items.length - shown.length;
          return (
            <Section
              key={group.type}
              style={{
                border: `1px solid ${emailColors.border}`,
                borderRadius: 10,
                padding: "14px 16px",
                margin: "0 0 14px",
              }}
            >
              <Heading as="h2" style={{ fontSize: 16, lineHeight: "22px", margin: 0 }}>
                {emoji} {label}{" "}
                <span style={{ color: emailColors.muted, fontWeight: 400 }}>({group.items.length})</span>
              </Heading>
              <Hr style={{ borderColor: emailColors.border, margin: "10px 0" }} />
              {shown.map((item, index) => (
                <Section key={index} style={{ margin: index === 0 ? 0 : "10px 0 0" }}>
                  <Text
                    style={{ fontSize: 15, lineHeight: "21px", margin: 0, fontWeight: 600, wordBreak: "break-word" }}
                  >
                    <Link
                      href={toAbsoluteLink(item.url, appUrl)}
                      style={{ color: emailColors.text, textDecoration: "none" }}
                    >
                      {item.title}
                    </Link>
                    {timeZone && (
                      <span style={{ color: emailColors.muted, fontWeight: 400, fontSize: 12 }}>
                        {" "}
                        · {formatDateTime(item.createdAt, timeZone)}
                      </span>
                    )}
                  </Text>
                  {item.body.trim() && (
                    <Text
                      style={{
                        fontSize: 14,
                        lineHeight: "20px",
                        margin: "2px 0 0",
                        color: emailColors.muted,
                        wordBreak: "break-word",
                      }}
                    >
                      {truncateText(item.body.replace(/\s+/g, " ").trim(), BODY_PREVIEW_LENGTH)}
                    </Text>
                  )}
                </Section>
              ))}
              {more > 0 && (
                <Text style={{ fontSize: 14, margin: "10px 0 0" }}>
                  <Link href={`${centerUrl}?type=${group.type}`} style={{ color: emailColors.brand, fontWeight: 600 }}>
                    +{more} more
                  </Link>
                </Text>
              )}
            </Section>
          );
        })}

      <Section style={{ margin: "8px 0 0" }}>
        <Button
          href={centerUrl}
          style={{
            backgroundColor: emailColors.brand,
            color: "#ffffff",
            borderRadius: 8,
            padding: "12px 20px",
            fontWeight: 600,
            fontSize: 15,
            textDecoration: "none",
          }}
        >
          Open your notifications
        </Button>
      </Section>
    </EmailLayout>
  );
}

/** "2026-03-03" → "Tuesday, 3 March 2026" (the date as the recipient knows it, no time-zone shift). */
export function formatDigestDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  const value = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  if (Number.isNaN(value.getTime())) return date;
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(value);
}

const at = (iso: string) => new Date(iso);
DailyDigestEmail.PreviewProps = {
  appUrl: "http://localhost:3000",
  recipientName: "Ava",
  date: "2026-03-03",
  timeZone: "Europe/Berlin",
  groups: [
    {
      type: "match_result",
      items: [
        {
          title: "Crimson Kings beat Night Owls 3–1",
          body: "Round 2 of the Spring Cup is done.",
          url: "/tournaments/spring-cup",
          createdAt: at("2026-03-02T19:40:00Z"),
        },
        {
          title: "Crimson Kings drew with Blue Vipers 2–2",
          body: "A hard-fought draw in round 1.",
          url: "/tournaments/spring-cup",
          createdAt: at("2026-03-02T17:05:00Z"),
        },
      ],
    },
    {
      type: "match_scheduled",
      items: Array.from({ length: 7 }, (_, index) => ({
        title: `Round ${index + 3}: Crimson Kings vs Team ${String.fromCharCode(65 + index)}`,
        body: `Saturday at ${14 + index}:00 — check in 15 minutes before the start.`,
        url: "/tournaments/spring-cup",
        createdAt: at(`2026-03-02T1${index}:00:00Z`),
      })),
    },
    {
      type: "announcement",
      items: [
        {
          title: "Season 3 starts on April 1",
          body: "Registration opens next week. New: a 64-team bracket and double the prize pool.",
          url: null,
          createdAt: at("2026-03-02T09:00:00Z"),
        },
      ],
    },
  ],
  unsubscribeUrl: "http://localhost:3000/unsubscribe?token=preview",
  preferencesUrl: "http://localhost:3000/settings/notifications",
} satisfies TDailyDigestEmailProps;
