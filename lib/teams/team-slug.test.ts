import { describe, expect, it } from "vitest";
import { firstFreeSlug, toSlug } from "@/lib/text/slug";
import { defaultTeamTag } from "./team-slug";

describe("team slugs and tags", () => {
  it.each([
    ["Zephyr Foxes", "zephyr-foxes"],
    ["  Zéphyr   Foxes!! ", "zephyr-foxes"],
    ["Team #1 (EU)", "team-1-eu"],
    ["Ørsted & Co", "rsted-co"],
    ["!!!", ""],
  ])("makes %j the slug %j", (name, slug) => expect(toSlug(name)).toBe(slug));

  it("keeps a long name's slug short, without a trailing dash", () => {
    const slug = toSlug(`${"a".repeat(47)} b c`);
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug).not.toMatch(/-$/);
  });

  it("numbers a slug that is taken", () => {
    expect(firstFreeSlug("foxes", [])).toBe("foxes");
    expect(firstFreeSlug("foxes", ["foxes", "foxes-2"])).toBe("foxes-3");
  });

  it("derives a tag from the initials, or the first letters of a one-word name", () => {
    expect(defaultTeamTag("zephyr-foxes")).toBe("ZF");
    expect(defaultTeamTag("the-quick-brown-fox-jumps")).toBe("TQBF");
    expect(defaultTeamTag("nightowls")).toBe("NIG");
  });
});
