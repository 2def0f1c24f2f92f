// The time zone dates are shown in: the signed-in user's own (User.timezone), else UTC.
import { db } from "@/lib/db";

export async function getViewerTimeZone(userId: string | null | undefined): Promise<string> {
  if (!userId) return "UTC";
  const user = await db.user.findUnique({ where: { id: userId }, select: { timezone: true } });
  return user?.timezone ?? "UTC";
}
