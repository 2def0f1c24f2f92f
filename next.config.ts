import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() → a real HTTP 403 with app/**/forbidden.tsx (the admin dashboard for non-admins).
  experimental: { authInterrupts: true },
};

export default nextConfig;
