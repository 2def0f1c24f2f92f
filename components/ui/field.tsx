import type { ReactNode } from "react";

/** The admin forms' input look (inputs, selects, textareas). Base text size on phones avoids iOS zoom. */
export const INPUT_CLASS =
  "block w-full min-w-0 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm placeholder:text-zinc-400 focus:border-brand-500 disabled:bg-zinc-100 sm:text-sm";

/** A labelled form control with an optional hint under it. */
export function Field({
  id,
  label,
  hint,
  children,
  className = "",
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-sm font-medium text-zinc-700">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
