// The magic-link sign-in email (Auth.js email provider → lib/auth/send-sign-in-link.ts).
import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout, emailColors } from "./components/email-layout";

export type TSignInLinkEmailProps = { url: string; host: string; expiresInMinutes: number };

export default function SignInLinkEmail({ url, host, expiresInMinutes }: TSignInLinkEmailProps) {
  return (
    <EmailLayout
      preview={`Your sign-in link for ${host}`}
      footer="If you did not ask to sign in, you can ignore this email: nothing happens without the link."
    >
      <Heading as="h1" style={{ fontSize: 22, margin: "0 0 12px" }}>
        Sign in to DeltaCrown
      </Heading>
      <Text style={{ fontSize: 15, lineHeight: "22px", margin: "0 0 20px" }}>
        Click the button to sign in to <strong>{host}</strong>. The link works once and expires in {expiresInMinutes}{" "}
        minutes.
      </Text>
      <Button
        href={url}
        style={{
          backgroundColor: emailColors.brand,
          color: "#ffffff",
          borderRadius: 8,
          padding: "12px 20px",
          fontWeight: 600,
          fontSize: 15,
        }}
      >
        Sign in
      </Button>
      <Text style={{ fontSize: 13, color: emailColors.muted, margin: "20px 0 0", wordBreak: "break-all" }}>
        Or paste this link into your browser: <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}

SignInLinkEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=preview&email=ava%40deltacrown.test",
  host: "localhost:3000",
  expiresInMinutes: 15,
} satisfies TSignInLinkEmailProps;
