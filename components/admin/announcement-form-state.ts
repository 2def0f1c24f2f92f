// The announcement form's steps: editing → Review (rendering the preview) → the review (notice,
// email, audience) → sending → editing again with what happened. Edit goes back with the text kept.
// Pure, so the order of answers is tested without a browser (announcement-form-state.test.ts): an
// answer that comes back after the admin went back to editing changes nothing.
import type { TFormResult } from "@/components/ui/form-message";
import type { TAnnouncementPreview } from "@/lib/notifications/announcements/preview-announcement";
import { plural } from "@/lib/format/plural";

export type TAnnouncementDraft = { title: string; body: string; url: string };

export type TAnnouncementFormState =
  | { phase: "editing"; result: TFormResult }
  | { phase: "previewing"; draft: TAnnouncementDraft }
  | { phase: "review" | "sending"; draft: TAnnouncementDraft; preview: TAnnouncementPreview };

export type TAnnouncementFormEvent =
  | { type: "review"; draft: TAnnouncementDraft }
  | { type: "previewed"; preview: TAnnouncementPreview }
  | { type: "edit" }
  | { type: "send" }
  | { type: "sent"; recipientCount: number }
  | { type: "failed"; error: string };

export const INITIAL_ANNOUNCEMENT_FORM: TAnnouncementFormState = { phase: "editing", result: null };

export function announcementFormReducer(
  state: TAnnouncementFormState,
  event: TAnnouncementFormEvent,
): TAnnouncementFormState {
  switch (event.type) {
    case "review":
      if (state.phase !== "editing") return state;
      if (!event.draft.title) return { phase: "editing", result: { ok: false, error: "Enter a title." } };
      if (!event.draft.body) return { phase: "editing", result: { ok: false, error: "Enter the message." } };
      return { phase: "previewing", draft: event.draft };
    case "previewed":
      return state.phase === "previewing" ? { phase: "review", draft: state.draft, preview: event.preview } : state;
    case "edit":
      return state.phase === "review" || state.phase === "previewing" ? INITIAL_ANNOUNCEMENT_FORM : state;
    case "send":
      return state.phase === "review" ? { ...state, phase: "sending" } : state;
    case "sent":
      if (state.phase !== "sending") return state;
      return {
        phase: "editing",
        result: {
          ok: true,
          isPending: true,
          message: `Queued for ${plural(event.recipientCount, "player", "players")} — not delivered yet. Its row below counts the deliveries as the background worker sends it.`,
        },
      };
    case "failed":
      // A refused preview or send goes back to the fields (kept) with the reason.
      return state.phase === "previewing" || state.phase === "sending"
        ? { phase: "editing", result: { ok: false, error: event.error } }
        : state;
  }
}
