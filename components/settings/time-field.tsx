"use client";
// A time of day that saves on its own: each complete time is sent as soon as it is picked or typed.
// Typing 18:47 passes through 18:00 and 18:40 on the way; saves go out one at a time and the last
// wins, so the server ends at 18:47. Sending at once (rather than after a pause or on leaving the
// field) leaves no moment in which a typed time exists only on screen.
import { type ComponentProps, useState } from "react";

export function TimeField({
  value,
  onCommit,
  ...input
}: Omit<ComponentProps<"input">, "value" | "onChange" | "type"> & {
  value: string;
  onCommit: (time: string) => void;
}) {
  // A cleared segment leaves the field without a time: shown as the user left it, nothing sent, and
  // the saved time back once the field is left.
  const [isCleared, setIsCleared] = useState(false);
  return (
    <input
      {...input}
      type="time"
      value={isCleared ? "" : value}
      onChange={(event) => {
        const time = event.target.value;
        setIsCleared(time === "");
        if (time !== "" && time !== value) onCommit(time);
      }}
      onBlur={(event) => {
        setIsCleared(false);
        input.onBlur?.(event);
      }}
    />
  );
}
