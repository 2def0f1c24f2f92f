// The Resend stand-in keeps every request body (with its parsed JSON) and every email's HTML and
// text: at 100,000 recipients that is gigabytes, and it would be most of the process's memory.
// `compactResendRecords` drops those strings from the records made since its last call, after
// counting them, and keeps what the benches check (status, recipients, idempotency key). The
// stand-in's idempotency check keeps its own hash of each body, so nothing it answers changes.
import type { TResendStandIn } from "@/test-support/resend-stand-in";

export function resendRecordCompactor(resend: TResendStandIn): { compact: () => void; droppedBytes: () => number } {
  let requestsDone = 0;
  let emailsDone = 0;
  let dropped = 0;
  return {
    compact: () => {
      for (; requestsDone < resend.requests.length; requestsDone++) {
        const request = resend.requests[requestsDone];
        if (!request) continue;
        dropped += request.body.length;
        request.body = "";
        request.json = null;
      }
      for (; emailsDone < resend.delivered.length; emailsDone++) {
        const email = resend.delivered[emailsDone];
        if (!email) continue;
        dropped += (email.html?.length ?? 0) + (email.text?.length ?? 0);
        email.html = undefined;
        email.text = undefined;
      }
    },
    droppedBytes: () => dropped,
  };
}
