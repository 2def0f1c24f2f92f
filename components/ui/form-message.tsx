/** The inline result of a form: a success note or an error, announced to screen readers. */
export function FormMessage({
  result,
}: {
  result: { ok: true; message?: string } | { ok: false; error: string } | null | undefined;
}) {
  if (!result) return null;
  if (result.ok) {
    return result.message ? (
      <p role="status" className="text-sm font-medium text-emerald-700">
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
