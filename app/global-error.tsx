"use client";
// When the root layout itself fails (the header could not render): the whole document, branded,
// with a retry. Plain inline styles: the app's stylesheet may be what failed to load.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0, padding: "3rem 1rem", textAlign: "center" }}>
        <main style={{ maxWidth: "32rem", margin: "0 auto" }}>
          <p style={{ fontWeight: 700, color: "#5b3fd6" }}>DeltaCrown</p>
          <h1>Something went wrong</h1>
          <p>DeltaCrown could not load this page. Try again in a moment; if it keeps happening, tell an admin.</p>
          {error.digest ? <p style={{ fontSize: "0.85rem" }}>Reference: {error.digest}</p> : null}
          <button type="button" onClick={reset} style={{ padding: "0.5rem 1rem", fontWeight: 600 }}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
