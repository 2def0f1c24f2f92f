// Every Inngest function of the app: the list served at /api/inngest. One function per file.
import type { InngestFunction } from "inngest";

export const functions: InngestFunction.Any[] = [];
