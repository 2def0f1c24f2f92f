import type { NextConfig } from "next";

/**
 * On every response: no page may be framed (clickjacking of the admin dashboard's payout and job
 * buttons, or of the one-click unsubscribe), no MIME sniffing, and no full URLs leaking to other
 * sites in the Referer header.
 */
const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // A self-contained server (.next/standalone/server.js with only the node_modules it needs): what
  // the Dockerfile ships and the e2e suite tests. `npm run build` copies static files in beside it.
  output: "standalone",
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() → a real HTTP 403 with app/**/forbidden.tsx (the admin dashboard for non-admins).
  experimental: { authInterrupts: true },
  headers: async () => [{ source: "/:path*", headers: SECURITY_HEADERS }],
};

export default nextConfig;
