-- AlterEnum
-- After SKIPPED, where schema.prisma declares it (enum order is part of the schema: schema-drift test).
ALTER TYPE "DeliveryStatus" ADD VALUE 'HELD' AFTER 'SKIPPED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "teamId" TEXT,
ADD COLUMN     "tournamentId" TEXT;

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "heldUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "NotificationPreference" ADD COLUMN     "duringQuietHours" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "quietHoursEnd" TEXT,
ADD COLUMN     "quietHoursStart" TEXT;

-- CreateTable
CREATE TABLE "NotificationMute" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tournamentId" TEXT,
    "teamId" TEXT,
    "until" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationMute_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NotificationMute_until_idx" ON "NotificationMute"("until");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationMute_userId_tournamentId_key" ON "NotificationMute"("userId", "tournamentId");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationMute_userId_teamId_key" ON "NotificationMute"("userId", "teamId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tournamentId_fkey" FOREIGN KEY ("tournamentId") REFERENCES "Tournament"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationMute" ADD CONSTRAINT "NotificationMute_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationMute" ADD CONSTRAINT "NotificationMute_tournamentId_fkey" FOREIGN KEY ("tournamentId") REFERENCES "Tournament"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationMute" ADD CONSTRAINT "NotificationMute_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

