// A state-changing request from a browser must come from the app's own pages: its Origin header
// must be APP_URL's origin. Browsers always send Origin on cross-site POSTs, so another site (or a
// page on the local network) cannot submit a form here on the user's behalf.
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin !== new URL(env.APP_URL).origin) {
    throw new AppError("FORBIDDEN", `This form can only be sent from ${new URL(env.APP_URL).origin}.`);
  }
}
