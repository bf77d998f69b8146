import { z } from "zod/v4";
import { httpUrl } from "#app/api/schemas.ts";
import {
  type AlertChannelKind,
  channelNameSchema,
  type NewChannel,
  NTFY_TOPIC_MESSAGE,
} from "./schemas.ts";

/**
 * The /alerts page's forms: one per kind of channel, built from the API's field schemas so the
 * page and a script are refused for the same reasons. Shared by the action and the browser.
 */

export const kindLabels: Record<AlertChannelKind, string> = {
  webhook: "Webhook",
  slack: "Slack",
  discord: "Discord",
  ntfy: "ntfy",
  email: "E-mail",
};

const name = channelNameSchema;
const receiverUrl = z.string({ error: "Enter the URL" }).trim().pipe(httpUrl("The URL"));

/** Addresses separated by commas, semicolons, spaces or lines. */
const addressList = z
  .string({ error: "Enter at least one e-mail address" })
  .transform((text) => text.split(/[\s,;]+/).filter(Boolean))
  .pipe(
    z
      .array(z.string())
      .min(1, "Enter at least one e-mail address")
      .max(20, "At most 20 addresses")
      .superRefine((addresses, ctx) => {
        for (const address of addresses) {
          if (!z.email().max(254).safeParse(address).success) {
            ctx.addIssue({ code: "custom", message: `“${address}” is not an e-mail address` });
          }
        }
      }),
  );

const base = <K extends AlertChannelKind>(kind: K) => ({
  intent: z.literal("create"),
  kind: z.literal(kind),
  name,
});

export const channelFormSchemas = {
  webhook: z.object({ ...base("webhook"), url: receiverUrl }),
  slack: z.object({ ...base("slack"), url: receiverUrl }),
  discord: z.object({ ...base("discord"), url: receiverUrl }),
  ntfy: z.object({
    ...base("ntfy"),
    server: z.string().trim().pipe(httpUrl("The server")).optional(),
    topic: z
      .string({ error: "Enter a topic" })
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, NTFY_TOPIC_MESSAGE.replace(/^topic/, "The topic")),
    token: z
      .string()
      .trim()
      .regex(/^[\x21-\x7e]{1,200}$/, "The token is 1 to 200 visible ASCII characters")
      .optional(),
  }),
  email: z.object({ ...base("email"), to: addressList }),
} as const satisfies Record<AlertChannelKind, z.ZodType>;

export type ChannelFormValue = z.output<(typeof channelFormSchemas)[AlertChannelKind]>;

/** The API's input for a submitted form. */
export function toNewChannel(value: ChannelFormValue): NewChannel {
  switch (value.kind) {
    case "webhook":
    case "slack":
    case "discord":
      return { name: value.name, kind: value.kind, config: { url: value.url } } as NewChannel;
    case "ntfy":
      return {
        name: value.name,
        kind: "ntfy",
        config: {
          server: value.server ?? "https://ntfy.sh",
          topic: value.topic,
          ...(value.token ? { token: value.token } : {}),
        },
      };
    case "email":
      return { name: value.name, kind: "email", config: { to: value.to } };
  }
}

export const isChannelKind = (value: unknown): value is AlertChannelKind =>
  typeof value === "string" && Object.hasOwn(kindLabels, value);

export const testFormSchema = z.object({ intent: z.literal("test"), channelId: z.uuid() });
export const deleteFormSchema = z.object({ intent: z.literal("delete"), channelId: z.uuid() });
export const rotateFormSchema = z.object({ intent: z.literal("rotate"), channelId: z.uuid() });
