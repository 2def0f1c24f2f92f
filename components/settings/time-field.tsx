"use client";
// A time of day that saves on its own. Typing a time passes through several valid values (08:00,
// 18:00, 18:40, 18:47), so the value is sent once the user pauses, leaves the field or presses
// Enter — and, should the field unmount first (an in-app link), then; closing the tab asks first.
import { type ComponentProps, useEffect, useRef, useState } from "react";
import { useLeaveGuard } from "./leave-guard";

const PAUSE_MS = 800;

export function TimeField({
  value,
  onCommit,
  ...input
}: Omit<ComponentProps<"input">, "value" | "onChange" | "type"> & {
  value: string;
  onCommit: (time: string) => void;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  const commitRef = useRef(onCommit);
  useEffect(() => {
    commitRef.current = onCommit;
  }, [onCommit]);
  useLeaveGuard(typed !== null && typed !== "" && typed !== value);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const time = pending.current;
    pending.current = null;
    setTyped(null);
    if (time !== null && time !== "") commitRef.current(time);
  };
  // Sends what was typed if the field goes away before the pause ends.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (pending.current) commitRef.current(pending.current);
    },
    [],
  );

  return (
    <input
      {...input}
      type="time"
      value={typed ?? value}
      onChange={(event) => {
        const time = event.target.value;
        setTyped(time);
        if (timer.current) clearTimeout(timer.current);
        // An empty field (a cleared segment) is not a time: nothing is sent until it is one again.
        pending.current = time === "" || time === value ? null : time;
        timer.current = pending.current === null ? null : setTimeout(flush, PAUSE_MS);
      }}
      onBlur={(event) => {
        flush();
        input.onBlur?.(event);
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          flush();
        }
        input.onKeyDown?.(event);
      }}
    />
  );
}
