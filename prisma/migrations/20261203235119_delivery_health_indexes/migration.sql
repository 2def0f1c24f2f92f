-- The admin's delivery health counts deliveries by hour, channel, status and type, and in-app
-- notifications by type, over the last day and week: from indexes alone, so it stays fast at
-- millions of rows (lib/admin/get-delivery-trend.ts; npm run bench -- delivery-health).

-- Each delivery carries its notification's type (set on insert by lib/notifications/notify).
ALTER TABLE "Delivery" ADD COLUMN "type" "NotificationType";
UPDATE "Delivery" d SET "type" = n."type" FROM "Notification" n WHERE n."id" = d."notificationId";
ALTER TABLE "Delivery" ALTER COLUMN "type" SET NOT NULL;

CREATE INDEX "Delivery_createdAt_channel_status_type_idx" ON "Delivery"("createdAt", "channel", "status", "type");

-- Retention by age keeps using it; the type makes the in-app counts index-only.
DROP INDEX "Notification_createdAt_idx";
CREATE INDEX "Notification_createdAt_type_idx" ON "Notification"("createdAt", "type");
