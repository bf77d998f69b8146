import { createHmac } from "node:crypto";
import nodemailer from "nodemailer";
import type { Config } from "#app/config/config.server.ts";
import type { ChannelSecrets } from "./channels.server.ts";
import type { AlertChannelKind, AlertEvent } from "./schemas.ts";

/**
 * How one notification is sent to one channel, per kind, and what the receiver answered. Every
 * send is bounded by `timeoutMs`: a receiver that never answers costs one attempt, never a
 * stuck delivery.
 */

export interface Notification {
  /** The outbox row's id: a webhook gets it as `id` and `X-Nexus-Delivery`, stable across retries. */
  id: string;
  channel: { id: string; name: string; kind: AlertChannelKind; settings: Record<string, unknown> };
  event: AlertEvent;
  attempt: number;
}

export interface AttemptOutcome {
  ok: boolean;
  /** The HTTP status, or the SMTP reply code. */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** The start of the answer, at most EXCERPT_CHARS characters. */
  excerpt: string | null;
  /** Whether trying again later may succeed (no answer, 408, 425, 429, 5xx; an SMTP 4xx). */
  retryable: boolean;
  /** How long the receiver asked to wait (Retry-After), in ms. */
  retryAfterMs?: number;
  /** The send was cut short (the worker stopping), not answered: due again at once. */
  cutShort?: boolean;
}

export interface SendOptions {
  timeoutMs: number;
  smtp: Config["smtp"];
  fetchImpl?: typeof fetch;
  /** Cuts the send short (the worker stopping); the attempt is then retryable. */
  signal?: AbortSignal;
}

export const CUT_SHORT = "cut short: NEXUS was stopping; it will be sent again";

export const EXCERPT_CHARS = 500;
const USER_AGENT = "nexus-alerts/1";

export const SIGNATURE_HEADER = "X-Nexus-Signature-256";

/** `sha256=<hex HMAC-SHA256 of body keyed with the secret>`: what a webhook receiver checks. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

const truncate = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** The one line that says what happened: `[CRITICAL] API is down`, `[RESOLVED] API is down`. */
export function headline(event: AlertEvent): string {
  const label =
    event.type === "incident.resolved"
      ? "RESOLVED"
      : event.type === "incident.reminder"
        ? `STILL OPEN · ${event.severity.toUpperCase()}`
        : event.type === "test"
          ? "TEST"
          : event.severity.toUpperCase();
  return `[${label}] ${event.title}`;
}

const detailLines = (event: AlertEvent) =>
  Object.entries(event.details ?? {}).map(
    ([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`,
  );

// ---------------------------------------------------------------------------------------------
// Payloads

/** What a webhook receives: the event as enqueued, with the notification's id and the channel. */
export function webhookPayload(notification: Notification) {
  const { event } = notification;
  return {
    id: notification.id,
    type: event.type,
    dedupeKey: event.dedupeKey,
    title: event.title,
    summary: event.summary,
    severity: event.severity,
    url: event.url ?? null,
    occurredAt: event.occurredAt,
    details: event.details ?? {},
    channel: { id: notification.channel.id, name: notification.channel.name },
  };
}

/** Slack's mrkdwn treats &, < and > as markup. */
const slackEscape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Slack's incoming webhook: `text` (the notification and fallback) and Block Kit `blocks`. */
export function slackPayload(event: AlertEvent) {
  const text = truncate(`${headline(event)}: ${event.summary}`, 3000);
  const context = [
    `*Severity:* ${event.severity}`,
    `*Event:* ${event.type}`,
    `<!date^${Math.floor(Date.parse(event.occurredAt) / 1000)}^{date_short_pretty} {time}|${event.occurredAt}>`,
  ];
  if (event.url) context.push(`<${event.url}|Open in NEXUS>`);
  const blocks: Record<string, unknown>[] = [
    {
      type: "section",
      text: {
        type: "mrkdwn",
        text: truncate(`*${slackEscape(headline(event))}*\n${slackEscape(event.summary)}`, 3000),
      },
    },
  ];
  const details = detailLines(event);
  if (details.length > 0) {
    blocks.push({
      type: "section",
      text: { type: "mrkdwn", text: truncate(slackEscape(details.join("\n")), 3000) },
    });
  }
  blocks.push({
    type: "context",
    elements: [{ type: "mrkdwn", text: truncate(context.join("  ·  "), 3000) }],
  });
  return { text, blocks };
}

const discordColours = {
  critical: 0xdc2626,
  warning: 0xd97706,
  info: 0x2563eb,
  resolved: 0x16a34a,
} as const;

/** Discord's webhook: `content` and one embed; mentions in the text never ping anyone. */
export function discordPayload(event: AlertEvent) {
  const colour =
    event.type === "incident.resolved" ? discordColours.resolved : discordColours[event.severity];
  const fields = [
    { name: "Severity", value: event.severity, inline: true },
    { name: "Event", value: event.type, inline: true },
    ...detailLines(event)
      .slice(0, 20)
      .map((line) => {
        const [name, ...rest] = line.split(": ");
        return {
          name: truncate(name!, 256),
          value: truncate(rest.join(": ") || "-", 1024),
          inline: false,
        };
      }),
  ];
  return {
    content: truncate(headline(event), 2000),
    embeds: [
      {
        title: truncate(event.title, 256),
        description: truncate(event.summary, 4096),
        ...(event.url ? { url: event.url } : {}),
        color: colour,
        timestamp: event.occurredAt,
        fields,
        footer: { text: "NEXUS" },
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

const ntfyPriority = { critical: "5", warning: "4", info: "3" } as const;
const ntfyTags = { critical: "rotating_light", warning: "warning", info: "information_source" };

/**
 * A header value as ntfy reads it: as is when it is ASCII, else as an RFC 2047 encoded word
 * (HTTP headers carry no UTF-8, and fetch refuses to send them).
 */
export function headerText(value: string): string {
  const oneLine = value.replace(/[\r\n]+/g, " ");
  return /^[\x20-\x7e]*$/.test(oneLine)
    ? oneLine
    : `=?UTF-8?B?${Buffer.from(oneLine, "utf8").toString("base64")}?=`;
}

/** ntfy's publish API: the message as the body, the rest as headers. */
export function ntfyRequest(event: AlertEvent, secrets: ChannelSecrets) {
  const resolved = event.type === "incident.resolved";
  const headers: Record<string, string> = {
    "Content-Type": "text/plain; charset=utf-8",
    Title: headerText(truncate(headline(event), 250)),
    Priority: resolved ? "3" : ntfyPriority[event.severity],
    Tags: resolved ? "white_check_mark" : ntfyTags[event.severity],
  };
  if (event.url) headers.Click = event.url;
  if (secrets.token) headers.Authorization = `Bearer ${secrets.token}`;
  const body = [event.summary, ...detailLines(event)].join("\n");
  return {
    url: `${secrets.server}/${encodeURIComponent(secrets.topic ?? "")}`,
    headers,
    body: truncate(body || event.title, 4000),
  };
}

/** The e-mail: a subject line and a plain-text body. */
export function emailMessage(event: AlertEvent) {
  const lines = [
    event.summary,
    "",
    `Severity: ${event.severity}`,
    `Event: ${event.type}`,
    `When: ${event.occurredAt}`,
    ...detailLines(event),
  ];
  if (event.url) lines.push("", event.url);
  lines.push("", "-- ", "Sent by NEXUS alerts.");
  return { subject: truncate(`NEXUS ${headline(event)}`, 250), text: lines.join("\n") };
}

// ---------------------------------------------------------------------------------------------
// Sending

/** Reads at most `maxBytes` of the answer, then lets the rest go. */
async function readExcerpt(response: Response, maxBytes = 4096): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  const text = new TextDecoder("utf-8", { fatal: false })
    .decode(Buffer.concat(chunks).subarray(0, maxBytes))
    .trim();
  return text ? truncate(text, EXCERPT_CHARS) : null;
}

const RETRYABLE_STATUSES = new Set([408, 425, 429]);

/** Retry-After in seconds or as a date, in ms from now; at most an hour is honoured. */
function retryAfterOf(response: Response): number | undefined {
  const value = response.headers.get("retry-after");
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value.trim())
    ? Number(value)
    : (Date.parse(value) - Date.now()) / 1000;
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  return Math.min(seconds, 3600) * 1000;
}

function errorText(error: unknown, options: SendOptions): string {
  if (options.signal?.aborted) return CUT_SHORT;
  const { timeoutMs } = options;
  const name = (error as Error)?.name;
  if (name === "TimeoutError" || name === "AbortError") return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return truncate(cause?.message ?? (error as Error)?.message ?? String(error), 500);
}

async function post(
  url: string,
  init: { headers: Record<string, string>; body: string },
  options: SendOptions,
): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  try {
    const response = await (options.fetchImpl ?? fetch)(url, {
      method: "POST",
      headers: { "User-Agent": USER_AGENT, ...init.headers },
      body: init.body,
      signal,
      // A receiver is the URL configured, not wherever it points on.
      redirect: "manual",
    });
    const excerpt = await readExcerpt(response).catch(() => null);
    const status = response.status;
    const ok = status >= 200 && status < 300;
    const redirect = status >= 300 && status < 400;
    return {
      ok,
      statusCode: status,
      error: ok
        ? null
        : redirect
          ? `answered ${status}, a redirect (not followed: configure the final URL)`
          : `answered ${status}`,
      durationMs: elapsed(),
      excerpt,
      retryable: !ok && (status >= 500 || RETRYABLE_STATUSES.has(status)),
      retryAfterMs: ok ? undefined : retryAfterOf(response),
    };
  } catch (error) {
    return {
      ok: false,
      statusCode: null,
      error: errorText(error, options),
      durationMs: elapsed(),
      excerpt: null,
      retryable: true,
      cutShort: options.signal?.aborted === true,
    };
  }
}

async function sendEmail(
  notification: Notification,
  options: SendOptions,
): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (!options.smtp) {
    return {
      ok: false,
      statusCode: null,
      error: "SMTP_URL and SMTP_FROM are not set on the server",
      durationMs: 0,
      excerpt: null,
      retryable: true,
    };
  }
  const to = (notification.channel.settings.to as string[] | undefined) ?? [];
  const { subject, text } = emailMessage(notification.event);
  const transport = nodemailer.createTransport({
    url: options.smtp.url,
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
    dnsTimeout: options.timeoutMs,
  });
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  try {
    const info = await Promise.race([
      transport.sendMail({
        from: options.smtp.from,
        to,
        subject,
        text,
        headers: {
          "X-Nexus-Event": notification.event.type,
          "X-Nexus-Delivery": notification.id,
        },
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(Object.assign(new Error("timeout"), { name: "TimeoutError" })),
          options.timeoutMs,
        );
        onAbort = () => reject(Object.assign(new Error("aborted"), { name: "AbortError" }));
        if (options.signal?.aborted) onAbort();
        else options.signal?.addEventListener("abort", onAbort, { once: true });
      }),
    ]);
    const reply = String(info.response ?? "");
    const code = /^(\d{3})/.exec(reply)?.[1];
    const refused = (info.rejected ?? []).map(String);
    const ok = refused.length === 0;
    return {
      ok,
      statusCode: code ? Number(code) : null,
      error: ok ? null : `the SMTP server refused ${refused.join(", ")}`,
      durationMs: elapsed(),
      excerpt: reply ? truncate(reply, EXCERPT_CHARS) : null,
      retryable: false,
    };
  } catch (error) {
    const responseCode = (error as { responseCode?: number }).responseCode;
    const response = (error as { response?: string }).response;
    return {
      ok: false,
      statusCode: responseCode ?? null,
      error: errorText(error, options),
      durationMs: elapsed(),
      excerpt: response ? truncate(response, EXCERPT_CHARS) : null,
      // An SMTP 5xx is a refusal for good; a 4xx, or no answer, may pass later.
      retryable: !(responseCode !== undefined && responseCode >= 500),
      cutShort: options.signal?.aborted === true,
    };
  } finally {
    clearTimeout(timer);
    if (onAbort) options.signal?.removeEventListener("abort", onAbort);
    transport.close();
  }
}

/** Sends one notification to its channel, within `options.timeoutMs`. */
export async function send(
  notification: Notification,
  secrets: ChannelSecrets,
  options: SendOptions,
): Promise<AttemptOutcome> {
  const { event } = notification;
  switch (notification.channel.kind) {
    case "webhook": {
      const body = JSON.stringify(webhookPayload(notification));
      return post(
        secrets.url!,
        {
          headers: {
            "Content-Type": "application/json",
            "X-Nexus-Event": event.type,
            "X-Nexus-Delivery": notification.id,
            "X-Nexus-Attempt": String(notification.attempt),
            [SIGNATURE_HEADER]: signBody(secrets.signingSecret!, body),
          },
          body,
        },
        options,
      );
    }
    case "slack":
      return post(
        secrets.url!,
        {
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(slackPayload(event)),
        },
        options,
      );
    case "discord":
      return post(
        secrets.url!,
        {
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(discordPayload(event)),
        },
        options,
      );
    case "ntfy": {
      const request = ntfyRequest(event, secrets);
      return post(request.url, { headers: request.headers, body: request.body }, options);
    }
    case "email":
      return sendEmail(notification, options);
  }
}
