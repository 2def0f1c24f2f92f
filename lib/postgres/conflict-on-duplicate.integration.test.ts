import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { conflictOnDuplicate, isUniqueViolation } from "./conflict-on-duplicate";
import { aTournament } from "@/test-support/factories";

describe("conflictOnDuplicate", () => {
  it("turns PostgreSQL's unique violation (Prisma P2002) into a CONFLICT with the given message", async () => {
    await aTournament({ name: "dup-cup", slug: "dup-cup" });
    const error = await conflictOnDuplicate(
      aTournament({ name: "dup-cup", slug: "dup-cup" }),
      "That slug is taken.",
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "CONFLICT", message: "That slug is taken." });
    expect(isUniqueViolation((error as AppError).cause)).toBe(true);
  });

  it("passes results and other errors through unchanged", async () => {
    await expect(
      conflictOnDuplicate(aTournament({ name: "fresh-cup", slug: "fresh-cup" }), "taken"),
    ).resolves.toMatchObject({ slug: "fresh-cup" });
    const boom = new Error("boom");
    await expect(conflictOnDuplicate(Promise.reject(boom), "taken")).rejects.toBe(boom);
  });
});
