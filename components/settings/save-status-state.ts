// Per control, where its last change stands: being saved, saved, or refused with the reason. Every
// change gets a number; an answer about an older change of the same control is ignored, so a slow
// first save cannot show "Saved" (or an error) while a newer click on that control is still on its way.
export type TSaveStatus =
  { phase: "saving"; seq: number } | { phase: "saved"; seq: number } | { phase: "failed"; seq: number; error: string };

export type TSaveStatuses = Readonly<Record<string, TSaveStatus>>;

export type TSaveEvent =
  | { type: "saving"; control: string; seq: number }
  | { type: "saved"; control: string; seq: number }
  | { type: "failed"; control: string; seq: number; error: string };

export function saveStatusReducer(statuses: TSaveStatuses, event: TSaveEvent): TSaveStatuses {
  const current = statuses[event.control];
  if (current && current.seq > event.seq) return statuses;
  const next: TSaveStatus =
    event.type === "failed"
      ? { phase: "failed", seq: event.seq, error: event.error }
      : { phase: event.type, seq: event.seq };
  return { ...statuses, [event.control]: next };
}

/** Whether any change is still on its way to the server (leaving now could lose it). */
export function isAnySaving(statuses: TSaveStatuses): boolean {
  return Object.values(statuses).some((status) => status.phase === "saving");
}
