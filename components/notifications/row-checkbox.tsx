// A row's checkbox for bulk actions: reports whether Shift was held, for range selection (a
// checkbox's change comes from a click, mouse or keyboard, which carries the modifier keys).
import { useEffect, useRef } from "react";

export function RowCheckbox({
  label,
  isChecked,
  isMixed = false,
  onSelect,
}: {
  label: string;
  isChecked: boolean;
  /** Some of a group's notifications are selected, not all. */
  isMixed?: boolean;
  onSelect: (isRange: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = isMixed;
  }, [isMixed]);
  return (
    <span className="flex h-10 shrink-0 items-center">
      <input
        ref={ref}
        type="checkbox"
        aria-label={label}
        checked={isChecked}
        onChange={(event) => {
          const native = event.nativeEvent;
          onSelect("shiftKey" in native && native.shiftKey === true);
        }}
        className="size-4 cursor-pointer rounded border-zinc-300 accent-brand-600"
      />
    </span>
  );
}
