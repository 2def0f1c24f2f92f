import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseInput } from "./parse-input";

describe("parseInput", () => {
  it("names the nested field that holds a control character", () => {
    const schema = z.object({ placements: z.array(z.object({ teamId: z.string() })) });
    expect(() => parseInput(schema, { placements: [{ teamId: "ok" }, { teamId: "bad\u0000" }] })).toThrow(
      '"placements.1.teamId" contains an invisible control character (U+0000). Remove it and try again.',
    );
  });

  it("refuses an absurd date even where the schema forgot to bound it", () => {
    const schema = z.object({ endsAt: z.coerce.date() });
    expect(() => parseInput(schema, { endsAt: "+275760-09-13T00:00:00.000Z" })).toThrow(
      '"endsAt" must be a date between the years 1970 and 9999.',
    );
    expect(() => parseInput(schema, { endsAt: "-010000-01-01T00:00:00.000Z" })).toThrow(
      '"endsAt" must be a date between the years 1970 and 9999.',
    );
    expect(parseInput(schema, { endsAt: "2027-03-01T12:00:00.000Z" }).endsAt.toISOString()).toBe(
      "2027-03-01T12:00:00.000Z",
    );
  });
});
