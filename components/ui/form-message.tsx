/** What a form says after an action: done (or accepted and pending), or an error; null before. */
export type TFormResult = { ok: true; message?: string; isPending?: boolean } | { ok: false; error: string } | null;

/**
 * The inline result of a form, announced to screen readers: green for done, amber for accepted but
 * not done yet (queued work is not success), red for an error.
 */
export function FormMessage({ result }: { result: TFormResult | undefined }) {
  if (!result) return null;
  if (result.ok) {
    return result.message ? (
      <p
        role="status"
        className={`text-sm font-medium ${result.isPending ? "text-amber-800" : "text-emerald-700"}`}
        data-state={result.isPending ? "pending" : "done"}
      >
        {result.message}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="text-sm font-medium text-red-700">
      {result.error}
    </p>
  );
}
