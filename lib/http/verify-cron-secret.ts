// Vercel Cron (and any external scheduler) calls /api/cron/<job> with
// "Authorization: Bearer $CRON_SECRET". Compared in constant time; no secret configured = refuse.
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const digest = (value: string) => createHash("sha256").update(value).digest();

export function verifyCronSecret(request: Request): void {
  const header = request.headers.get("authorization") ?? "";
  const secret = env.CRON_SECRET;
  // Hashing first makes both sides the same length, so the comparison leaks nothing about either.
  if (!secret || !timingSafeEqual(digest(header), digest(`Bearer ${secret}`))) {
    throw new AppError("UNAUTHENTICATED", "Missing or wrong cron secret.");
  }
}
