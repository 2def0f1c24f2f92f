// The frame every DeltaCrown email shares: brand header, content card, footer. Inline styles and
// React Email's table-based components (Gmail and Outlook ignore most CSS); the one <style> block
// only tightens padding on phones, where clients that drop it still get a readable layout.
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export const emailColors = {
  brand: "#5b3fd6",
  brandSoft: "#efebfd",
  text: "#18181b",
  muted: "#71717a",
  border: "#e4e4e7",
  background: "#f4f4f5",
};

export const emailFontFamily = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";

const RESPONSIVE_CSS = `
@media only screen and (max-width: 600px) {
  .dc-card { padding: 20px 16px !important; }
  .dc-header, .dc-footer { padding-left: 16px !important; padding-right: 16px !important; }
}`;

export function EmailLayout({
  preview,
  children,
  footer,
}: {
  preview: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <Html lang="en" dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
        <style>{RESPONSIVE_CSS}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body
        style={{ backgroundColor: emailColors.background, fontFamily: emailFontFamily, margin: 0, padding: "24px 0" }}
      >
        <Container style={{ maxWidth: 560, width: "100%", margin: "0 auto" }}>
          <Section
            className="dc-header"
            style={{ backgroundColor: emailColors.brand, borderRadius: "12px 12px 0 0", padding: "20px 28px" }}
          >
            <Text style={{ color: "#ffffff", fontSize: 20, fontWeight: 700, margin: 0, letterSpacing: 0.5 }}>
              ♛ DeltaCrown
            </Text>
          </Section>
          <Section
            className="dc-card"
            style={{
              backgroundColor: "#ffffff",
              borderRadius: "0 0 12px 12px",
              padding: "28px",
              color: emailColors.text,
            }}
          >
            {children}
          </Section>
          <Hr style={{ borderColor: "transparent", margin: "8px 0" }} />
          <Section className="dc-footer" style={{ padding: "0 28px" }}>
            <Text style={{ color: emailColors.muted, fontSize: 12, lineHeight: "18px", margin: 0 }}>
              {footer ?? "You received this email because of your DeltaCrown account."}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
