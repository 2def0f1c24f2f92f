// /admin/delivery — delivery health per channel and type, the hourly chart, loss reasons, broken
// team webhooks and the latest failures. The layout decides who may see it; the page checks again.
import type { Metadata } from "next";
import { DeliveriesCard } from "@/components/admin/deliveries-card";
import { getDeliveryHealth } from "@/lib/admin/get-delivery-health";
import { requireAdminOrForbidden } from "@/lib/auth/session";
import { getViewerTimeZone } from "@/lib/tournaments/queries/get-viewer-time-zone";

export const metadata: Metadata = { title: "Delivery · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminDeliveryPage() {
  const user = await requireAdminOrForbidden("/admin/delivery");
  const [health, timeZone] = await Promise.all([getDeliveryHealth(), getViewerTimeZone(user.id)]);
  return <DeliveriesCard health={health} timeZone={timeZone} />;
}
