// Maps an error to a JSON response: AppError → its status and safe message, bad input → 400,
// anything else → 500 without details (logged on the server).
import { z } from "zod";
import { AppError } from "@/lib/errors";

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) return Response.json({ error: error.code, message: error.message }, { status: error.status });
  if (error instanceof z.ZodError) {
    return Response.json({ error: "INVALID_INPUT", message: error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("; ") }, { status: 400 });
  }
  console.error(error);
  return Response.json({ error: "INTERNAL", message: "Something went wrong." }, { status: 500 });
}
