-- AlterEnum: after match_scheduled, where schema.prisma declares it (enum order is part of the schema).
ALTER TYPE "NotificationType" ADD VALUE 'match_starting' AFTER 'match_scheduled';
