// The notify pipeline's input: exactly the `notification/requested` event's data.
import type { z } from "zod";
import type { notificationRequested } from "@/inngest/events";

export type TNotificationRequest = z.infer<(typeof notificationRequested)["schema"]>;
