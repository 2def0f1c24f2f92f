// The dashboard's Announcements section: the latest announcements (naming their team or tournament,
// with how far each has been delivered) and the teams and tournaments the form can address. Admins only.
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getAnnouncementProgress } from "@/lib/notifications/announcements/get-announcement-progress";

const RECENT_ANNOUNCEMENTS = 10;

export type TAdminAnnouncements = Awaited<ReturnType<typeof getAdminAnnouncements>>;

export async function getAdminAnnouncements(actor: TActor) {
  assertAdmin(actor);
  const [announcements, teams, tournaments] = await Promise.all([
    db.announcement.findMany({
      orderBy: { createdAt: "desc" },
      take: RECENT_ANNOUNCEMENTS,
      select: {
        id: true,
        title: true,
        audience: true,
        targetId: true,
        createdAt: true,
        createdBy: { select: { name: true } },
      },
    }),
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.tournament.findMany({
      orderBy: [{ startsAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      select: { id: true, name: true },
    }),
  ]);
  const progress = await getAnnouncementProgress(actor, { ids: announcements.map((announcement) => announcement.id) });
  const progressOf = new Map(progress.map((row) => [row.id, row]));
  const names = new Map<string, string>([
    ...teams.map((team) => [team.id, team.name] as const),
    ...tournaments.map((tournament) => [tournament.id, tournament.name] as const),
  ]);
  return {
    teams,
    tournaments,
    announcements: announcements.flatMap((announcement) => {
      const row = progressOf.get(announcement.id);
      if (!row) return [];
      const { audience, targetId } = announcement;
      const targetName = targetId ? (names.get(targetId) ?? (audience === "TEAM" ? "a team" : "a tournament")) : null;
      return [{ ...announcement, targetName, progress: row }];
    }),
  };
}
