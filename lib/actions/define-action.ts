// How every server action is built: who may call it (any signed-in user, or admins only), the one
// lib operation it runs with the signed-in actor and the input as given (the operation validates
// it: parseInput), and the pages to refresh after it succeeded. Errors become the action's answer
// (toActionResult): an AppError's safe message, or a generic one for anything unexpected.
import { revalidatePath } from "next/cache";
import type { TActor } from "@/lib/auth/actor";
import { requireAdmin, requireUser } from "@/lib/auth/session";
import { type TActionResult, toActionResult } from "./action-result";

/** A page to refresh: a path, or a dynamic route's pattern with its type (Next's revalidatePath). */
export type TRevalidate = string | [pattern: string, type: "page" | "layout"];

export type TAction<TInput, TResult> = (input: TInput) => Promise<TActionResult<TResult>>;

type TOptions = { revalidate?: TRevalidate[] };

export function defineAction<TResult>(
  who: "user" | "admin",
  operation: (actor: TActor) => Promise<TResult>,
  options?: TOptions,
): TAction<void, TResult>;
export function defineAction<TInput, TResult>(
  who: "user" | "admin",
  operation: (actor: TActor, input: TInput) => Promise<TResult>,
  options?: TOptions,
): TAction<TInput, TResult>;
export function defineAction<TInput, TResult>(
  who: "user" | "admin",
  operation: (actor: TActor, input: TInput) => Promise<TResult>,
  { revalidate = [] }: TOptions = {},
): TAction<TInput, TResult> {
  // An async function: Next accepts only those as the exports of a "use server" file.
  return async (input) =>
    toActionResult(async () => {
      const actor = who === "admin" ? await requireAdmin() : await requireUser();
      const result = await operation(actor, input);
      for (const page of revalidate) {
        if (typeof page === "string") revalidatePath(page);
        else revalidatePath(page[0], page[1]);
      }
      return result;
    });
}
