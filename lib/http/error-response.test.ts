import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { errorResponse } from "./error-response";

describe("errorResponse", () => {
  it("answers an AppError with its code's status and its safe message", async () => {
    const response = errorResponse(
      new AppError("RATE_LIMITED", "Too many sign-in links requested. Try again in 12 minutes."),
    );
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({
      error: "RATE_LIMITED",
      message: "Too many sign-in links requested. Try again in 12 minutes.",
    });
    expect(errorResponse(new AppError("CONFLICT", "Not completed yet.")).status).toBe(409);
  });

  it("answers bad input (parseInput's INVALID_INPUT) with 400 and the problem", async () => {
    let error: unknown;
    try {
      parseInput(z.object({ id: zId("a tournament") }), {});
    } catch (caught) {
      error = caught;
    }
    const response = errorResponse(error);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "INVALID_INPUT", message: "Choose a tournament." });
  });
});
