import { z } from "zod/v4";
import { storableText, UNSTORABLE_TEXT_MESSAGE } from "#app/utils/text.ts";

/** Emergency action input, shared by the API, the page's server check and its browser check. */
export const emergencyActionSchema = z.enum(["pause", "stop", "resume"], {
  error: "action must be pause, stop or resume",
});

export const emergencyRequestSchema = z.strictObject({
  action: emergencyActionSchema,
  reason: z
    .string({ error: "Give a reason" })
    .trim()
    .min(3, "Give a reason (at least 3 characters)")
    .max(500, "At most 500 characters")
    .refine(storableText, UNSTORABLE_TEXT_MESSAGE),
});
