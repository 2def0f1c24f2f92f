// What forbidden() under /admin renders, with HTTP 403 (see app/admin/(dashboard)/layout.tsx).
import { AdminsOnly } from "@/components/admin/admins-only";

export default function AdminForbidden() {
  return <AdminsOnly />;
}
