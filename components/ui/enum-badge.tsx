import { Badge } from "./badge";
import type { TEnumDisplay } from "./enum-display";

/** A badge for an enum value, in the words and tone of its display map (components/ui/enum-display.ts). */
export function EnumBadge<T extends string>({ display, value }: { display: Record<T, TEnumDisplay>; value: T }) {
  return <Badge tone={display[value].tone}>{display[value].label}</Badge>;
}
