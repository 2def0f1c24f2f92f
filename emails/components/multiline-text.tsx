// User-written text keeps its paragraphs and line breaks as real elements (Outlook ignores
// `white-space: pre-line`). React escapes every piece: user text never becomes markup.
import { Text } from "@react-email/components";
import { Fragment, type CSSProperties } from "react";

export function MultilineText({ text, style }: { text: string; style?: CSSProperties }) {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return paragraphs.map((paragraph, index) => (
    <Text key={index} style={style}>
      {paragraph.split("\n").map((line, lineIndex) => (
        <Fragment key={lineIndex}>
          {lineIndex > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </Text>
  ));
}
