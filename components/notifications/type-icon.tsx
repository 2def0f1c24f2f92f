// Each notification type's icon, and each delivery channel's, from lucide-react: drawn as SVG, so
// they render the same everywhere (emoji are empty boxes where the system has no emoji font, as in
// Debian's Chromium). Decorative: the text next to an icon always says what it means.
import {
  BadgeDollarSign,
  Bell,
  CalendarClock,
  ClipboardCheck,
  AlarmClock,
  Coins,
  Handshake,
  type LucideProps,
  Mail,
  Megaphone,
  MessageSquare,
  Network,
  Rocket,
  Settings,
  Swords,
  TrendingUp,
  Trophy,
  UserPlus,
  Users,
} from "lucide-react";
import type { ComponentType } from "react";
import type { TNotificationType } from "@/lib/notifications/catalog";

const TYPE_ICONS: Record<TNotificationType, ComponentType<LucideProps>> = {
  invite_sent: UserPlus,
  invite_accepted: Handshake,
  roster_changed: Users,
  tournament_registered: ClipboardCheck,
  match_scheduled: CalendarClock,
  match_starting: AlarmClock,
  match_result: Swords,
  bracket_ready: Network,
  ranking_changed: TrendingUp,
  payout_received: Coins,
  achievement_earned: Trophy,
  sponsor_approved: BadgeDollarSign,
  promotion_started: Rocket,
  announcement: Megaphone,
  system: Settings,
};

const CHANNEL_ICONS = { IN_APP: Bell, EMAIL: Mail, DISCORD: MessageSquare } as const;

export function TypeIcon({ type, className = "size-5" }: { type: TNotificationType; className?: string }) {
  const Icon = TYPE_ICONS[type];
  return <Icon aria-hidden focusable="false" className={className} strokeWidth={1.75} />;
}

export function ChannelIcon({
  channel,
  className = "size-3.5",
}: {
  channel: keyof typeof CHANNEL_ICONS;
  className?: string;
}) {
  const Icon = CHANNEL_ICONS[channel];
  return <Icon aria-hidden focusable="false" className={className} />;
}
