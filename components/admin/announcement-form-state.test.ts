import { describe, expect, it } from "vitest";
import type { TAnnouncementPreview } from "@/lib/notifications/announcements/preview-announcement";
import {
  announcementFormReducer as reduce,
  INITIAL_ANNOUNCEMENT_FORM,
  type TAnnouncementDraft,
  type TAnnouncementFormState,
} from "./announcement-form-state";

const DRAFT: TAnnouncementDraft = { title: "Finals on Sunday", body: "Be there at six.", url: "" };
const PREVIEW: TAnnouncementPreview = {
  notification: { type: "announcement", typeLabel: "Announcements", title: DRAFT.title, body: DRAFT.body, href: null },
  email: { subject: DRAFT.title, html: "<p>Finals on Sunday</p>", text: "Finals on Sunday" },
  recipientCount: 3,
  audienceLine: "to 3 players in Crown Cup",
  emptyReason: null,
};

const run = (...events: Parameters<typeof reduce>[1][]): TAnnouncementFormState =>
  events.reduce(reduce, INITIAL_ANNOUNCEMENT_FORM);

describe("announcementFormReducer", () => {
  it("asks for a missing title or message before rendering any review", () => {
    expect(run({ type: "review", draft: { ...DRAFT, title: "" } })).toEqual({
      phase: "editing",
      result: { ok: false, error: "Enter a title." },
    });
    expect(run({ type: "review", draft: { ...DRAFT, body: "" } })).toEqual({
      phase: "editing",
      result: { ok: false, error: "Enter the message." },
    });
  });

  it("goes editing → previewing → review → sending → editing with a queued (not delivered) note", () => {
    const review = run({ type: "review", draft: DRAFT }, { type: "previewed", preview: PREVIEW });
    expect(review).toEqual({ phase: "review", draft: DRAFT, preview: PREVIEW });
    const sending = reduce(review, { type: "send" });
    expect(sending.phase).toBe("sending");
    expect(reduce(sending, { type: "sent", recipientCount: 3 })).toEqual({
      phase: "editing",
      result: expect.objectContaining({
        ok: true,
        isPending: true,
        message: expect.stringMatching(/^Queued for 3 players — not delivered yet/),
      }),
    });
  });

  it("Edit goes back to the fields; a preview arriving after that is dropped", () => {
    const previewing = run({ type: "review", draft: DRAFT });
    const editing = reduce(previewing, { type: "edit" });
    expect(editing).toEqual(INITIAL_ANNOUNCEMENT_FORM);
    expect(reduce(editing, { type: "previewed", preview: PREVIEW })).toBe(editing);
    expect(reduce(reduce(previewing, { type: "previewed", preview: PREVIEW }), { type: "edit" })).toEqual(
      INITIAL_ANNOUNCEMENT_FORM,
    );
  });

  it("a refused preview or send returns to editing with the reason; nothing is sent twice", () => {
    expect(run({ type: "review", draft: DRAFT }, { type: "failed", error: "That team does not exist." })).toEqual({
      phase: "editing",
      result: { ok: false, error: "That team does not exist." },
    });
    const sending = run({ type: "review", draft: DRAFT }, { type: "previewed", preview: PREVIEW }, { type: "send" });
    expect(reduce(sending, { type: "send" })).toBe(sending);
    expect(reduce(sending, { type: "failed", error: "Nobody is in that audience yet." })).toEqual({
      phase: "editing",
      result: { ok: false, error: "Nobody is in that audience yet." },
    });
  });
});
