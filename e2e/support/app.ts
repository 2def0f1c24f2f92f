// The app's own lib functions, used by specs to make something happen that is not a page action
// (a notification arriving from elsewhere) — on the e2e database, as the app would do it.
import "./run-events";
import { E2E_DATABASE_URL } from "./config";

/** One `system` notification for the user, written by the notify pipeline's in-app step. */
export async function createNotificationFor(email: string, title: string): Promise<void> {
  const [{ createDb }, { createNotifications }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/notifications/notify/create-notifications"),
  ]);
  const db = createDb(E2E_DATABASE_URL);
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    await createNotifications({
      type: "system",
      recipientIds: [user.id],
      title,
      body: "Sent by the e2e suite.",
      url: "/notifications",
      dedupKey: `e2e:${Date.now()}`,
      teamId: null,
      data: null,
    });
  } finally {
    await db.$disconnect();
  }
}
