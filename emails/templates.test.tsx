// Every template in emails/ renders with its PreviewProps (what `npm run email:dev` shows).
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { render } from "@react-email/render";
import { createElement, type ComponentType } from "react";
import { describe, expect, it } from "vitest";

type TTemplate = ComponentType<Record<string, unknown>> & { PreviewProps?: Record<string, unknown> };
const names = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".tsx") && !file.includes(".test."))
  .map((file) => file.slice(0, -4));

describe("email templates", () => {
  it("include the notification, digest and sign-in templates", () => {
    expect(names).toEqual(expect.arrayContaining(["notification", "daily-digest", "sign-in-link"]));
  });

  it.each(names)("%s renders its preview as HTML and plain text", async (name) => {
    const url = pathToFileURL(path.join(import.meta.dirname, `${name}.tsx`)).href;
    const { default: Template } = (await import(/* @vite-ignore */ url)) as { default: TTemplate };
    expect(Template.PreviewProps).toBeDefined();
    const element = createElement(Template, Template.PreviewProps);
    const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
    expect(html).toMatch(/^<!DOCTYPE html/);
    expect(html).toContain("DeltaCrown");
    expect(text.trim().length).toBeGreaterThan(50);
  });
});
