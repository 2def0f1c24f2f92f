// Maps an error to a JSON response: AppError (bad input included: parseInput) → its status and
// safe message; anything else → 500 without details (logged on the server).
import { AppError } from "@/lib/errors";

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError)
    return Response.json({ error: error.code, message: error.message }, { status: error.status });
  console.error(error);
  return Response.json({ error: "INTERNAL", message: "Something went wrong." }, { status: 500 });
}
