// The footer of notification emails: why it arrived, and the two links every such email carries —
// the settings page and a one-click unsubscribe (no sign-in needed).
import { Link } from "@react-email/components";
import { emailColors } from "./email-layout";

const linkStyle = { color: emailColors.muted, textDecoration: "underline" };

export function EmailFooterLinks({
  reason,
  preferencesUrl,
  unsubscribeUrl,
  unsubscribeLabel,
}: {
  reason: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  unsubscribeLabel: string;
}) {
  return (
    <>
      {reason}
      <br />
      <Link href={preferencesUrl} style={linkStyle}>
        Manage notification settings
      </Link>
      {" · "}
      <Link href={unsubscribeUrl} style={linkStyle}>
        {unsubscribeLabel}
      </Link>
    </>
  );
}
