import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { GENERIC_ACTION_ERROR, toActionResult } from "./action-result";
import { parseInput } from "@/lib/validation/parse-input";

afterEach(() => vi.restoreAllMocks());

describe("toActionResult", () => {
  it("wraps the value of a successful call", async () => {
    expect(await toActionResult(async () => ({ id: "m1" }))).toEqual({ ok: true, data: { id: "m1" } });
  });

  it("shows an AppError's message", async () => {
    const result = await toActionResult(async () => {
      throw new AppError("FORBIDDEN", "Only admins can do this.");
    });
    expect(result).toEqual({ ok: false, error: "Only admins can do this." });
  });

  it("shows the first problem of bad input (parseInput)", async () => {
    const schema = z.object({ a: z.string().min(1, "Enter a."), b: z.string().min(1, "Enter b.") });
    expect(await toActionResult(async () => parseInput(schema, { a: "", b: "" }))).toEqual({
      ok: false,
      error: "Enter a.",
    });
  });

  it("hides anything else behind a generic message and logs it on the server", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await toActionResult(async () => {
      throw new Error("connection string postgres://secret@db");
    });
    expect(result).toEqual({ ok: false, error: GENERIC_ACTION_ERROR });
    expect(log).toHaveBeenCalledOnce();
  });
});
