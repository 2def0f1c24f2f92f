// Who may see /admin, decided here — in a layout above the loading skeleton, so the answer is made
// before anything streams: signed out → a real redirect to sign-in (HTTP 307, back here after);
// signed in without the ADMIN role → forbidden(): HTTP 403 with app/admin/forbidden.tsx.
// Each page checks again itself (a layout alone is no permission check), and every admin action and
// /api/admin route refuses non-admins on its own. Around every section: the title, the section tabs
// and — when events wait for a worker that does not take them — the banner saying so.
import type { ReactNode } from "react";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { WorkerBanner } from "@/components/admin/worker-banner";
import { PageHeader } from "@/components/ui/page-header";
import { countPendingSponsors } from "@/lib/admin/count-pending-sponsors";
import { getOutboxStatus } from "@/lib/admin/get-outbox-status";
import { requireAdminOrForbidden } from "@/lib/auth/session";
import { getViewerTimeZone } from "@/lib/tournaments/queries/get-viewer-time-zone";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireAdminOrForbidden("/admin");
  const [outbox, pendingSponsors, timeZone] = await Promise.all([
    getOutboxStatus(),
    countPendingSponsors(user),
    getViewerTimeZone(user.id),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Admin dashboard"
        description="Run tournaments, pay prizes, reach players, and watch every automation run."
      />
      <WorkerBanner outbox={outbox} timeZone={timeZone} />
      <AdminTabs
        tabs={[
          { href: "/admin", label: "Tournaments" },
          {
            href: "/admin/jobs",
            label: "Jobs & runs",
            count: { value: outbox.pendingCount, words: "events waiting", tone: "warning" },
          },
          { href: "/admin/delivery", label: "Delivery" },
          { href: "/admin/announcements", label: "Announcements" },
          {
            href: "/admin/sponsors",
            label: "Sponsors & promotions",
            count: { value: pendingSponsors, words: "waiting for a decision", tone: "warning" },
          },
        ]}
      />
      {children}
    </div>
  );
}
