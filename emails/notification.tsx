// One notification by email (lib/notifications/email/render-notification-email.ts renders it):
// type chip, title, body, one action button, and the settings / unsubscribe footer.
import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { NOTIFICATION_CATALOG, type TNotificationType } from "@/lib/notifications/catalog";
import { EMAIL_ACTION_LABELS } from "@/lib/notifications/email/action-labels";
import { truncateText } from "@/lib/text/truncate-text";
import { toAbsoluteLink } from "@/lib/links/safe-link";
import { EmailFooterLinks } from "./components/email-footer-links";
import { EmailLayout, emailColors } from "./components/email-layout";
import { MultilineText } from "./components/multiline-text";

export type TNotificationEmailProps = {
  /** APP_URL: relative notification urls are made absolute with it. */
  appUrl: string;
  recipientName: string | null;
  notification: { type: TNotificationType; title: string; body: string; url: string | null };
  unsubscribeUrl: string;
  preferencesUrl: string;
};

export default function NotificationEmail({
  appUrl,
  recipientName,
  notification,
  unsubscribeUrl,
  preferencesUrl,
}: TNotificationEmailProps) {
  const { label, emoji } = NOTIFICATION_CATALOG[notification.type];
  const actionUrl = toAbsoluteLink(notification.url, appUrl);
  const name = recipientName?.trim();
  return (
    <EmailLayout
      preview={truncateText(notification.body.replace(/\s+/g, " ").trim() || notification.title, 140)}
      footer={
        <EmailFooterLinks
          reason={`You received this because ${label} emails are on in your DeltaCrown notification settings.`}
          preferencesUrl={preferencesUrl}
          unsubscribeUrl={unsubscribeUrl}
          unsubscribeLabel={`Unsubscribe from ${label} emails`}
        />
      }
    >
      <Section style={{ margin: "0 0 16px" }}>
        <Text style={{ margin: 0, fontSize: 13, lineHeight: "20px" }}>
          <span
            style={{
              backgroundColor: emailColors.brandSoft,
              color: emailColors.brand,
              borderRadius: 999,
              padding: "4px 12px",
              fontWeight: 600,
            }}
          >
            {emoji} {label}
          </span>
        </Text>
      </Section>
      <Heading as="h1" style={{ fontSize: 22, lineHeight: "30px", margin: "0 0 12px", wordBreak: "break-word" }}>
        {notification.title}
      </Heading>
      {name && (
        <Text style={{ fontSize: 15, lineHeight: "22px", margin: "0 0 12px", color: emailColors.muted }}>
          Hi {name},
        </Text>
      )}
      <MultilineText
        text={notification.body}
        style={{ fontSize: 15, lineHeight: "22px", margin: "0 0 16px", wordBreak: "break-word" }}
      />
      <Section style={{ margin: "8px 0 0" }}>
        <Button
          href={actionUrl}
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
          {EMAIL_ACTION_LABELS[notification.type]}
        </Button>
      </Section>
      <Text
        data-skip-in-text
        style={{ fontSize: 13, color: emailColors.muted, margin: "20px 0 0", wordBreak: "break-all" }}
      >
        Or open this link: <Link href={actionUrl}>{actionUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

NotificationEmail.PreviewProps = {
  appUrl: "http://localhost:3000",
  recipientName: "Ava",
  notification: {
    type: "match_result",
    title: "Crimson Kings beat Night Owls 3–1",
    body: "Round 2 of the Spring Cup is done: Crimson Kings won 3–1.\n\nYour next match is on Saturday at 18:00. Good luck!",
    url: "/tournaments/spring-cup",
  },
  unsubscribeUrl: "http://localhost:3000/unsubscribe?token=preview",
  preferencesUrl: "http://localhost:3000/settings/notifications",
} satisfies TNotificationEmailProps;
