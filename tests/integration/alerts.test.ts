import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { count, eq, inArray, sql } from "drizzle-orm";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { listActivity } from "#app/activity/activity.server.ts";
import {
  type AlertEvent,
  claimDueNotifications,
  enqueueNotifications,
  startDeliveryWorker,
  type WorkerOptions,
} from "#app/alerts/outbox.server.ts";
import { alertChannels, alertDeliveries, alertOutbox } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import {
  createTestInstance,
  createTestServices,
  type TestServices,
} from "#tests/support/services.ts";

/**
 * Alerts with real parts: a local HTTP receiver that checks each request's signature against the
 * raw body and the Slack, Discord and ntfy shapes; a real SMTP server; workers of two NEXUS
 * instances on one database; instances stopped and started again.
 */

// ---------------------------------------------------------------------------------------------
// The receiver: every request kept as it arrived; what it answers is up to each test.

interface Received {
  path: string;
  method: string;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  at: number;
}

type Behaviour = (hit: number) => { status: number; body?: string; delayMs?: number } | "hang";

const received: Received[] = [];
const behaviours = new Map<string, Behaviour>();
let receiver: Server;
let base: string;

const hitsOn = (path: string) => received.filter((r) => r.path === path);
const json = (r: Received) => JSON.parse(r.raw.toString("utf8"));

function startReceiver(): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = (req.url ?? "/").split("?")[0]!;
      received.push({
        path,
        method: req.method ?? "",
        headers: req.headers,
        raw: Buffer.concat(chunks),
        at: Date.now(),
      });
      const answer = behaviours.get(path)?.(hitsOn(path).length) ?? { status: 200, body: "ok" };
      if (answer === "hang") return;
      setTimeout(() => {
        res.writeHead(answer.status, { "content-type": "text/plain" }).end(answer.body ?? "");
      }, answer.delayMs ?? 0);
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Whether `header` is `sha256=<hex HMAC-SHA256 of raw keyed with secret>`, compared in constant time. */
function signatureValid(raw: Buffer, header: string | string[] | undefined, secret: string) {
  if (typeof header !== "string" || !header.startsWith("sha256=")) return false;
  const expected = Buffer.from(createHmac("sha256", secret).update(raw).digest("hex"));
  const given = Buffer.from(header.slice("sha256=".length));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// ---------------------------------------------------------------------------------------------
// The SMTP server: every message parsed.

const mails: (ParsedMail & { envelopeTo: string[] })[] = [];
let smtp: SMTPServer;
let smtpPort: number;

function startSmtp(): Promise<void> {
  smtp = new SMTPServer({
    // Plain SMTP on loopback: no STARTTLS (its certificate is self-signed), no login.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const envelopeTo = session.envelope.rcptTo.map((recipient) => recipient.address);
          mails.push(Object.assign(mail, { envelopeTo }));
          callback();
        })
        .catch(callback);
    },
  });
  return new Promise((resolve) => {
    const server = smtp.listen(0, "127.0.0.1", () => {
      smtpPort = (server.address() as AddressInfo).port;
      resolve();
    });
  });
}

// ---------------------------------------------------------------------------------------------

let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let operator: Awaited<ReturnType<typeof signedInUser>>;
let viewer: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  receiver = await startReceiver();
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  await startSmtp();
  services = await createTestServices({
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SMTP_FROM: "NEXUS Alerts <alerts@nexus.test>",
    },
  });
  http = await startHttp(services);
  operator = await signedInUser(services, "operator");
  viewer = await signedInUser(services, "viewer");
});
afterAll(async () => {
  await http?.close();
  await services?.destroy();
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

const db = () => services.database.db;

async function api(
  method: string,
  path: string,
  body?: unknown,
  token = operator.token,
  url = http.url,
) {
  const response = await fetch(`${url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  // biome-ignore lint/suspicious/noExplicitAny: answers are inspected loosely
  return { status: response.status, text, body: (text ? JSON.parse(text) : null) as any };
}

let counter = 0;
async function channel(kind: string, config: unknown, name = `${kind} ${++counter}`) {
  const created = await api("POST", "/alerts/channels", { name, kind, config });
  expect(created.status, created.text).toBe(201);
  return created.body.data as { id: string; name: string; secret: string | null };
}

function event(overrides: Partial<AlertEvent> = {}): AlertEvent {
  counter += 1;
  return {
    type: "incident.opened",
    dedupeKey: `incident-${counter}`,
    title: `Inference API is down (${counter})`,
    summary: "3 of 3 probes failed: connection refused.",
    severity: "critical",
    url: "https://nexus.example.com/incidents/42",
    occurredAt: new Date().toISOString(),
    details: { module: "inference", failures: 3 },
    ...overrides,
  };
}

async function waitFor<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 15_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Fast retries, so a test sees several attempts in seconds rather than minutes. */
const fast: Omit<WorkerOptions, "instanceId"> = {
  tickMs: 100,
  timeoutMs: 2_000,
  claimMarginMs: 1_000,
  policy: { baseMs: 300, maxMs: 1_000, maxAgeMs: 60_000 },
};

async function withWorker<T>(
  instance: TestServices,
  options: Partial<WorkerOptions>,
  run: () => Promise<T>,
): Promise<T> {
  const stop = startDeliveryWorker(instance, {
    ...fast,
    instanceId: instance.instanceId,
    ...options,
  });
  try {
    return await run();
  } finally {
    await stop();
  }
}

async function outboxOf(channelId: string) {
  return db().select().from(alertOutbox).where(eq(alertOutbox.channelId, channelId));
}

async function removeChannels(...ids: string[]) {
  if (ids.length) await db().delete(alertChannels).where(inArray(alertChannels.id, ids));
}

// ---------------------------------------------------------------------------------------------

describe("webhook channels", () => {
  test("the secret is shown once; every request is signed over its raw body; rotation takes over at once", async () => {
    const created = await channel("webhook", { url: `${base}/hook/signed` });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const secret = created.secret!;

    // The test button: sent now, answered with the receiver's answer, recorded.
    behaviours.set("/hook/signed", () => ({ status: 202, body: "accepted by the receiver" }));
    const tested = await api("POST", `/alerts/channels/${created.id}/test`);
    expect(tested.status, tested.text).toBe(200);
    expect(tested.body.data).toMatchObject({
      delivered: true,
      statusCode: 202,
      error: null,
      responseExcerpt: "accepted by the receiver",
    });
    const testRequest = hitsOn("/hook/signed").at(-1)!;
    expect(
      signatureValid(testRequest.raw, testRequest.headers["x-nexus-signature-256"], secret),
    ).toBe(true);
    expect(json(testRequest)).toMatchObject({ type: "test", severity: "info" });

    // An incident, enqueued by another domain, delivered by the worker.
    const opened = event();
    await withWorker(services, {}, async () => {
      expect(await enqueueNotifications(db(), { channelIds: [created.id], event: opened })).toEqual(
        {
          queued: [created.id],
        },
      );
      await waitFor("the incident", () => hitsOn("/hook/signed").length === 2);
    });
    const request = hitsOn("/hook/signed").at(-1)!;
    expect(request.method).toBe("POST");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["x-nexus-event"]).toBe("incident.opened");
    expect(signatureValid(request.raw, request.headers["x-nexus-signature-256"], secret)).toBe(
      true,
    );
    // One changed byte and the signature no longer holds.
    const altered = Buffer.from(request.raw);
    altered[10] = altered[10]! ^ 1;
    expect(signatureValid(altered, request.headers["x-nexus-signature-256"], secret)).toBe(false);
    const payload = json(request);
    expect(payload).toEqual({
      id: request.headers["x-nexus-delivery"],
      type: "incident.opened",
      dedupeKey: opened.dedupeKey,
      title: opened.title,
      summary: opened.summary,
      severity: "critical",
      url: opened.url,
      occurredAt: opened.occurredAt,
      details: opened.details,
      channel: { id: created.id, name: created.name },
    });

    // Rotation: the next request is signed with the new secret only.
    const rotated = await api("POST", `/alerts/channels/${created.id}/rotate-secret`);
    expect(rotated.status, rotated.text).toBe(200);
    const newSecret = rotated.body.data.secret as string;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(secret);
    await api("POST", `/alerts/channels/${created.id}/test`);
    const afterRotation = hitsOn("/hook/signed").at(-1)!;
    const signature = afterRotation.headers["x-nexus-signature-256"];
    expect(signatureValid(afterRotation.raw, signature, newSecret)).toBe(true);
    expect(signatureValid(afterRotation.raw, signature, secret)).toBe(false);

    // Only webhooks have a signing secret.
    const slack = await channel("slack", { url: `${base}/slack/rotate` });
    expect(slack.secret).toBeNull();
    const refused = await api("POST", `/alerts/channels/${slack.id}/rotate-secret`);
    expect(refused.status).toBe(409);

    // The activity log has the create, the rotation and the delete; no secret is in it.
    await api("DELETE", `/alerts/channels/${created.id}`);
    const activity = await listActivity(db(), { type: "alert_channel.", limit: 100 });
    const mine = activity.items.filter((item) => item.subjectId === created.id);
    expect(mine.map((item) => item.type).sort()).toEqual([
      "alert_channel.created",
      "alert_channel.deleted",
      "alert_channel.secret_rotated",
    ]);
    expect(JSON.stringify(activity.items)).not.toContain("whsec_");
    await removeChannels(slack.id);
  });
});

describe("Slack, Discord and ntfy", () => {
  test("each gets its own format; an ntfy title beyond ASCII arrives intact", async () => {
    const slack = await channel("slack", { url: `${base}/services/T000/B000/slacksecret` });
    const discord = await channel("discord", { url: `${base}/api/webhooks/1/discordsecret` });
    const ntfy = await channel("ntfy", {
      server: `${base}/`,
      topic: "nexus-alerts-topic",
      token: "tk_ntfytoken",
    });
    const incident = event({
      title: "Datenbank „primary“ ausgefallen — <@everyone> & co",
      details: { region: "eu-1" },
    });
    await withWorker(services, {}, async () => {
      const { queued } = await enqueueNotifications(db(), {
        channelIds: [slack.id, discord.id, ntfy.id],
        event: incident,
      });
      expect(queued.sort()).toEqual([slack.id, discord.id, ntfy.id].sort());
      await waitFor(
        "three deliveries",
        () =>
          hitsOn("/services/T000/B000/slacksecret").length === 1 &&
          hitsOn("/api/webhooks/1/discordsecret").length === 1 &&
          hitsOn("/nexus-alerts-topic").length === 1,
      );
    });

    const slackBody = json(hitsOn("/services/T000/B000/slacksecret")[0]!);
    expect(Object.keys(slackBody).sort()).toEqual(["blocks", "text"]);
    expect(slackBody.text).toContain(incident.title);
    expect(slackBody.text).toContain(incident.summary);
    expect(slackBody.blocks[0]).toMatchObject({ type: "section", text: { type: "mrkdwn" } });
    // Slack markup in the title is escaped, not interpreted.
    expect(slackBody.blocks[0].text.text).toContain("&lt;@everyone&gt; &amp; co");
    expect(JSON.stringify(slackBody.blocks)).toContain(`<${incident.url}|Open in NEXUS>`);
    expect(JSON.stringify(slackBody.blocks)).toContain("region: eu-1");

    const discordBody = json(hitsOn("/api/webhooks/1/discordsecret")[0]!);
    expect(discordBody.content).toContain("[CRITICAL]");
    expect(discordBody.embeds).toHaveLength(1);
    expect(discordBody.embeds[0]).toMatchObject({
      title: incident.title,
      description: incident.summary,
      url: incident.url,
      timestamp: incident.occurredAt,
      color: 0xdc2626,
    });
    expect(discordBody.embeds[0].fields).toEqual(
      expect.arrayContaining([{ name: "Severity", value: "critical", inline: true }]),
    );
    // "<@everyone>" in a title pings nobody.
    expect(discordBody.allowed_mentions).toEqual({ parse: [] });

    const ntfyRequest = hitsOn("/nexus-alerts-topic")[0]!;
    expect(ntfyRequest.method).toBe("POST");
    expect(ntfyRequest.headers.priority).toBe("5");
    expect(ntfyRequest.headers.tags).toBe("rotating_light");
    expect(ntfyRequest.headers.click).toBe(incident.url);
    expect(ntfyRequest.headers.authorization).toBe("Bearer tk_ntfytoken");
    const title = String(ntfyRequest.headers.title);
    const encoded = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=$/.exec(title);
    expect(encoded, title).not.toBeNull();
    expect(Buffer.from(encoded![1]!, "base64").toString("utf8")).toBe(
      `[CRITICAL] ${incident.title}`,
    );
    expect(ntfyRequest.raw.toString("utf8")).toContain(incident.summary);

    // A resolution reads as one.
    const resolved = event({ type: "incident.resolved", dedupeKey: incident.dedupeKey });
    await withWorker(services, {}, async () => {
      await enqueueNotifications(db(), { channelIds: [ntfy.id, discord.id], event: resolved });
      await waitFor("the resolution", () => hitsOn("/nexus-alerts-topic").length === 2);
      await waitFor("the resolution", () => hitsOn("/api/webhooks/1/discordsecret").length === 2);
    });
    expect(hitsOn("/nexus-alerts-topic")[1]!.headers.tags).toBe("white_check_mark");
    expect(json(hitsOn("/api/webhooks/1/discordsecret")[1]!).embeds[0].color).toBe(0x16a34a);
    await removeChannels(slack.id, discord.id, ntfy.id);
  });
});

describe("e-mail", () => {
  test("goes through the configured SMTP server to every address", async () => {
    const email = await channel("email", { to: ["ops@example.com", "oncall@example.com"] });
    const incident = event({ title: "Vector store unreachable" });
    const before = mails.length;
    await withWorker(services, {}, async () => {
      await enqueueNotifications(db(), { channelIds: [email.id], event: incident });
      await waitFor("the e-mail", () => mails.length === before + 1);
    });
    const mail = mails.at(-1)!;
    expect(mail.from?.value).toEqual([{ address: "alerts@nexus.test", name: "NEXUS Alerts" }]);
    const to = Array.isArray(mail.to) ? mail.to.flatMap((a) => a.value) : (mail.to?.value ?? []);
    expect(to.map((a) => a.address).sort()).toEqual(["oncall@example.com", "ops@example.com"]);
    expect(mail.envelopeTo.sort()).toEqual(["oncall@example.com", "ops@example.com"]);
    expect(mail.subject).toBe("NEXUS [CRITICAL] Vector store unreachable");
    expect(mail.text).toContain(incident.summary);
    expect(mail.text).toContain(incident.url);
    expect(mail.headers.get("x-nexus-event")).toBe("incident.opened");

    const [row] = await outboxOf(email.id);
    expect(row).toMatchObject({ status: "delivered", attempts: 1 });
    const log = await api("GET", `/alerts/channels/${email.id}/deliveries`);
    expect(log.body.data).toHaveLength(1);
    expect(log.body.data[0]).toMatchObject({
      ok: true,
      statusCode: 250,
      eventType: "incident.opened",
    });

    // The test button reaches the SMTP server too.
    const tested = await api("POST", `/alerts/channels/${email.id}/test`);
    expect(tested.body.data).toMatchObject({ delivered: true, statusCode: 250 });
    expect(mails.at(-1)!.subject).toContain("[TEST]");
    await removeChannels(email.id);
  });
});

describe("retries", () => {
  test("a receiver answering 503 gets the message once it is back, once", async () => {
    const flaky = await channel("webhook", { url: `${base}/hook/flaky` });
    behaviours.set("/hook/flaky", (hit) =>
      hit <= 2 ? { status: 503, body: "maintenance" } : { status: 200, body: "thanks" },
    );
    await withWorker(services, {}, async () => {
      await enqueueNotifications(db(), { channelIds: [flaky.id], event: event() });
      await waitFor("delivery", async () => (await outboxOf(flaky.id))[0]?.status === "delivered");
    });
    const attempts = hitsOn("/hook/flaky");
    expect(attempts).toHaveLength(3);
    // The same notification each time, so a receiver can tell a retry from a new one.
    expect(new Set(attempts.map((a) => a.headers["x-nexus-delivery"])).size).toBe(1);
    expect(attempts.map((a) => a.headers["x-nexus-attempt"])).toEqual(["1", "2", "3"]);
    // Backing off: 300 ms, then 600 ms (each give or take 10 %, and a busy machine only adds).
    const gaps = [attempts[1]!.at - attempts[0]!.at, attempts[2]!.at - attempts[1]!.at];
    expect(gaps[0]).toBeGreaterThanOrEqual(260);
    expect(gaps[1]).toBeGreaterThanOrEqual(530);
    const log = await api("GET", `/alerts/channels/${flaky.id}/deliveries`);
    expect(
      log.body.data.map((d: { statusCode: number; ok: boolean }) => `${d.statusCode}:${d.ok}`),
    ).toEqual(["200:true", "503:false", "503:false"]);
    expect(log.body.data[2]).toMatchObject({
      error: "answered 503",
      responseExcerpt: "maintenance",
    });
    await removeChannels(flaky.id);
  });

  test("a receiver that is down (connection refused) gets it when it listens again", async () => {
    const down = await startReceiver();
    const port = (down.address() as AddressInfo).port;
    await new Promise((resolve) => down.close(resolve));
    const channelDown = await channel("webhook", { url: `http://127.0.0.1:${port}/hook/down` });
    let back: Server | undefined;
    try {
      await withWorker(services, {}, async () => {
        await enqueueNotifications(db(), { channelIds: [channelDown.id], event: event() });
        await waitFor("two refused attempts", async () => {
          const [row] = await outboxOf(channelDown.id);
          return row && row.attempts >= 2 && row.claimedUntil === null;
        });
        const [row] = await outboxOf(channelDown.id);
        expect(row).toMatchObject({ status: "pending" });
        expect(row!.lastError).toMatch(/ECONNREFUSED|connect|fetch failed/i);
        const before = received.length;
        back = await new Promise<Server>((resolve) => {
          const server = createServer((req, res) => {
            req.resume();
            req.on("end", () => {
              received.push({
                path: "/hook/down",
                method: req.method ?? "",
                headers: req.headers,
                raw: Buffer.alloc(0),
                at: Date.now(),
              });
              res.writeHead(200).end("back");
            });
          });
          server.listen(port, "127.0.0.1", () => resolve(server));
        });
        await waitFor(
          "delivery",
          async () => (await outboxOf(channelDown.id))[0]?.status === "delivered",
        );
        expect(received.length - before).toBe(1);
      });
    } finally {
      back?.closeAllConnections();
      await new Promise((resolve) => (back ? back.close(resolve) : resolve(undefined)));
    }
    await removeChannels(channelDown.id);
  });

  test("past its maximum age a notification is given up and marked failed; a 4xx is not retried", async () => {
    const gone = await channel("webhook", { url: `${base}/hook/gone` });
    const broken = await channel("webhook", { url: `${base}/hook/broken` });
    behaviours.set("/hook/gone", () => ({ status: 500, body: "still broken" }));
    behaviours.set("/hook/broken", () => ({ status: 404, body: "no such hook" }));
    await withWorker(
      services,
      { policy: { baseMs: 200, maxMs: 400, maxAgeMs: 1_500 } },
      async () => {
        await enqueueNotifications(db(), { channelIds: [gone.id, broken.id], event: event() });
        await waitFor(
          "both given up",
          async () =>
            (await outboxOf(gone.id))[0]?.status === "failed" &&
            (await outboxOf(broken.id))[0]?.status === "failed",
        );
      },
    );
    expect(hitsOn("/hook/broken")).toHaveLength(1);
    const [goneRow] = await outboxOf(gone.id);
    expect(goneRow!.attempts).toBeGreaterThan(1);
    expect(goneRow!.lastError).toBe("answered 500");
    // The last try came at the maximum age, not a backoff past it.
    const last = hitsOn("/hook/gone").at(-1)!.at;
    expect(last - goneRow!.createdAt.getTime()).toBeLessThan(1_500 + 1_000);
    await removeChannels(gone.id, broken.id);
  });
});

describe("across instances", () => {
  test("two instances' workers deliver each notification exactly once; enqueueing again adds nothing", async () => {
    const second = await createTestInstance(services);
    const ids = [
      (await channel("webhook", { url: `${base}/hook/pair-a` })).id,
      (await channel("webhook", { url: `${base}/hook/pair-b` })).id,
      (await channel("webhook", { url: `${base}/hook/pair-c` })).id,
    ];
    for (const path of ["/hook/pair-a", "/hook/pair-b", "/hook/pair-c"]) {
      // Slow enough that one instance alone could not keep up: both take part.
      behaviours.set(path, () => ({ status: 200, delayMs: 80 + Math.floor(Math.random() * 80) }));
    }
    const events = Array.from({ length: 15 }, () => event());
    try {
      // Queued in one transaction (as a caller would, with its own change), all due at once when
      // the workers start; each has at most 4 in flight, so neither can take them all.
      await db().transaction(async (tx) => {
        for (const e of events) await enqueueNotifications(tx, { channelIds: ids, event: e });
      });
      // Enqueued again (a caller that retried its own transaction): nothing more is queued.
      const again = await enqueueNotifications(db(), { channelIds: ids, event: events[0]! });
      expect(again.queued).toEqual([]);
      await withWorker(services, { tickMs: 50, maxInFlight: 4 }, () =>
        withWorker(second, { tickMs: 50, maxInFlight: 4 }, async () => {
          await waitFor(
            "all delivered",
            async () =>
              (
                await db()
                  .select({ n: count() })
                  .from(alertOutbox)
                  .where(
                    sql`${alertOutbox.channelId} in ${ids} and ${alertOutbox.status} = 'delivered'`,
                  )
              )[0]!.n === 45,
            30_000,
          );
          // Give a duplicate the chance to show.
          await new Promise((resolve) => setTimeout(resolve, 500));
        }),
      );
      const requests = received.filter((r) => r.path.startsWith("/hook/pair-"));
      expect(requests).toHaveLength(45);
      const perNotification = new Map<string, number>();
      for (const r of requests) {
        const id = String(r.headers["x-nexus-delivery"]);
        perNotification.set(id, (perNotification.get(id) ?? 0) + 1);
      }
      expect(perNotification.size).toBe(45);
      expect([...perNotification.values()].every((n) => n === 1)).toBe(true);
      const byInstance = await db()
        .select({ instance: alertDeliveries.instanceId, n: count() })
        .from(alertDeliveries)
        .where(inArray(alertDeliveries.channelId, ids))
        .groupBy(alertDeliveries.instanceId);
      const warnings = [...services.logLines, ...second.logLines].filter(
        (line) => Number(line.level) >= 40 && String(line.msg).includes("alert"),
      );
      expect(warnings).toEqual([]);
      expect(byInstance.map((row) => row.instance).sort()).toEqual(
        [services.instanceId, second.instanceId].sort(),
      );
      expect(byInstance.reduce((sum, row) => sum + row.n, 0)).toBe(45);
    } finally {
      await second.destroy();
      await removeChannels(...ids);
    }
  });

  test("a claim takes at most its limit, and never what another claim holds", async () => {
    const limited = await channel("webhook", { url: `${base}/hook/limited` });
    await db().transaction(async (tx) => {
      for (let i = 0; i < 6; i += 1) {
        await enqueueNotifications(tx, { channelIds: [limited.id], event: event() });
      }
    });
    const [first, second] = await Promise.all([
      claimDueNotifications(db(), { instanceId: "one", limit: 2, claimMs: 60_000 }),
      claimDueNotifications(db(), { instanceId: "two", limit: 2, claimMs: 60_000 }),
    ]);
    const third = await claimDueNotifications(db(), {
      instanceId: "three",
      limit: 5,
      claimMs: 60_000,
    });
    expect([first.length, second.length, third.length]).toEqual([2, 2, 2]);
    const ids = [...first, ...second, ...third].map((row) => row.id);
    expect(new Set(ids).size).toBe(6);
    expect(await claimDueNotifications(db(), { instanceId: "four", claimMs: 60_000 })).toEqual([]);
    await removeChannels(limited.id);
  });

  test("a restart delivers what was pending, and a dead instance's claim lapses", async () => {
    const restart = await channel("webhook", { url: `${base}/hook/restart` });
    behaviours.set("/hook/restart", (hit) => (hit === 1 ? { status: 503 } : { status: 200 }));
    // The first instance tries once (503), then stops, its notification still pending.
    const first = await createTestInstance(services);
    await withWorker(first, {}, async () => {
      await enqueueNotifications(db(), { channelIds: [restart.id], event: event() });
      await waitFor("the first attempt", async () => {
        const [row] = await outboxOf(restart.id);
        return row?.attempts === 1 && row.claimedUntil === null;
      });
    });
    await first.destroy();
    expect((await outboxOf(restart.id))[0]).toMatchObject({ status: "pending", attempts: 1 });

    // Claimed by an instance that dies before it sends: nobody sends it while the claim holds.
    const orphan = await channel("webhook", { url: `${base}/hook/orphan` });
    await enqueueNotifications(db(), { channelIds: [orphan.id], event: event() });
    const [claimed] = await claimDueNotifications(db(), {
      instanceId: "dead-instance",
      exclude: (await outboxOf(restart.id)).map((row) => row.id),
      claimMs: 3_000,
    });
    expect(claimed?.channelId).toBe(orphan.id);

    // Started again: both go out, once each.
    const again = await createTestInstance(services);
    try {
      await withWorker(again, {}, async () => {
        await waitFor("the pending one", () => hitsOn("/hook/restart").length === 2);
        await waitFor(
          "the orphan, once its claim lapsed",
          () => hitsOn("/hook/orphan").length === 1,
        );
        // Not before: while the claim held, no instance sent it.
        expect(hitsOn("/hook/orphan")[0]!.at).toBeGreaterThanOrEqual(
          claimed!.claimedUntil!.getTime() - 50,
        );
        await waitFor(
          "both recorded",
          async () =>
            (await outboxOf(restart.id))[0]?.status === "delivered" &&
            (await outboxOf(orphan.id))[0]?.status === "delivered",
        );
      });
    } finally {
      await again.destroy();
    }
    expect(hitsOn("/hook/restart")).toHaveLength(2);
    expect(hitsOn("/hook/orphan")).toHaveLength(1);
    await removeChannels(restart.id, orphan.id);
  });

  test("a receiver that hangs delays neither another channel's delivery nor the API, nor a stop", async () => {
    const hanging = await channel("webhook", { url: `${base}/hook/hang` });
    const quick = await channel("webhook", { url: `${base}/hook/quick` });
    behaviours.set("/hook/hang", () => "hang");
    const stop = startDeliveryWorker(services, {
      ...fast,
      instanceId: services.instanceId,
      timeoutMs: 5_000,
      stopGraceMs: 500,
    });
    try {
      const started = Date.now();
      await enqueueNotifications(db(), { channelIds: [hanging.id, quick.id], event: event() });
      await waitFor("the hanging request", () => hitsOn("/hook/hang").length === 1);
      await waitFor("the quick delivery", () => hitsOn("/hook/quick").length === 1);
      // Long before the hanging request's 5 s run out.
      expect(hitsOn("/hook/quick")[0]!.at - started).toBeLessThan(3_500);
      // Meanwhile the API answers as usual.
      const apiStarted = Date.now();
      expect((await api("GET", "/alerts/channels")).status).toBe(200);
      expect(Date.now() - apiStarted).toBeLessThan(2_500);
      // The hanging one is given up after the timeout, recorded, and due again.
      await waitFor("the timeout", async () => {
        const [row] = await outboxOf(hanging.id);
        return row?.lastError === "no answer within 5000 ms" && row.status === "pending";
      });
      // Its retry hangs too: a stop waits half a second for it, not the timeout.
      await waitFor("the retry", () => hitsOn("/hook/hang").length === 2);
    } finally {
      const stopping = Date.now();
      await stop();
      // Half a second of grace, not the 5 s timeout.
      expect(Date.now() - stopping).toBeLessThan(3_000);
    }
    const [row] = await outboxOf(hanging.id);
    expect(row).toMatchObject({ status: "pending", attempts: 2, claimedUntil: null });
    expect(row!.lastError).toMatch(/^cut short/);
    expect(row!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 100);
    expect((await outboxOf(quick.id))[0]).toMatchObject({ status: "delivered", attempts: 1 });
    await removeChannels(hanging.id, quick.id);
  });
});

describe("bad input", () => {
  type Issue = { path: string; message: string };
  const issuesOf = (answer: Awaited<ReturnType<typeof api>>) =>
    (answer.body?.error?.details?.issues ?? []) as Issue[];
  const channelCount = async () => (await db().select({ n: count() }).from(alertChannels))[0]!.n;

  test("is a 400 naming the field, and stores nothing", async () => {
    const before = await channelCount();
    const cases: [unknown, string][] = [
      [{ name: "x", kind: "webhook", config: { url: "ftp://example.com/hook" } }, "config.url"],
      [{ name: "x", kind: "slack", config: { url: "javascript:alert(1)" } }, "config.url"],
      [{ name: "x", kind: "email", config: { to: ["not-an-address"] } }, "config.to.0"],
      [{ name: "x", kind: "email", config: { to: [] } }, "config.to"],
      [{ name: "x", kind: "ntfy", config: { topic: "has spaces" } }, "config.topic"],
      [{ name: "x", kind: "pager", config: { url: `${base}/x` } }, "kind"],
      [{ name: "x", config: { url: `${base}/x` } }, "kind"],
      [{ name: "x", kind: "webhook", config: { url: `${base}/x` }, colour: "red" }, "colour"],
      [
        { name: "x", kind: "webhook", config: { url: `${base}/x`, secret: "mine" } },
        "config.secret",
      ],
      [{ name: "", kind: "webhook", config: { url: `${base}/x` } }, "name"],
      [{ name: "x", kind: "discord" }, "config"],
    ];
    for (const [body, path] of cases) {
      const answer = await api("POST", "/alerts/channels", body);
      expect(answer.status, `${JSON.stringify(body)}: ${answer.text}`).toBe(400);
      expect(answer.body.error.code).toBe("VALIDATION_FAILED");
      expect(
        issuesOf(answer).map((issue) => issue.path),
        `${JSON.stringify(body)}: ${answer.text}`,
      ).toContain(path);
    }
    expect(issuesOf(await api("POST", "/alerts/channels", cases[0]![0]))[0]!.message).toBe(
      "url must be an http(s) URL",
    );

    // A change in the shape of another kind is refused whole: the name beside it is not saved.
    const slack = await channel("slack", { url: `${base}/slack/patch` }, "Patch me");
    const patched = await api("PATCH", `/alerts/channels/${slack.id}`, {
      name: "Renamed",
      config: { to: ["ops@example.com"] },
    });
    expect(patched.status, patched.text).toBe(400);
    expect(issuesOf(patched).map((issue) => issue.path)).toEqual(
      expect.arrayContaining(["config.url", "config.to"]),
    );
    expect((await api("GET", `/alerts/channels/${slack.id}`)).body.data.name).toBe("Patch me");
    const unknownField = await api("PATCH", `/alerts/channels/${slack.id}`, { kind: "discord" });
    expect(unknownField.status).toBe(400);
    expect(issuesOf(unknownField)[0]).toMatchObject({ path: "kind" });
    await removeChannels(slack.id);

    // Without SMTP, an e-mail channel is refused: it could never send.
    const noSmtp = await createTestInstance({
      ...services,
      config: { ...services.config, smtp: null },
    } as TestServices);
    const noSmtpHttp = await startHttp(noSmtp);
    try {
      const refused = await api(
        "POST",
        "/alerts/channels",
        { name: "mail", kind: "email", config: { to: ["ops@example.com"] } },
        operator.token,
        noSmtpHttp.url,
      );
      expect(refused.status, refused.text).toBe(400);
      expect(issuesOf(refused)[0]).toMatchObject({ path: "kind" });
      expect(issuesOf(refused)[0]!.message).toContain("SMTP_URL and SMTP_FROM");
    } finally {
      await noSmtpHttp.close();
      await noSmtp.destroy();
    }
    expect(await channelCount()).toBe(before);

    // Viewers read, but do not change.
    expect((await api("GET", "/alerts/channels", undefined, viewer.token)).status).toBe(200);
    const byViewer = await api(
      "POST",
      "/alerts/channels",
      { name: "v", kind: "slack", config: { url: `${base}/v` } },
      viewer.token,
    );
    expect(byViewer.status).toBe(403);
    expect((await api("GET", "/alerts/channels/not-a-uuid")).status).toBe(400);
    expect((await api("GET", "/alerts/channels/00000000-0000-4000-8000-000000000000")).status).toBe(
      404,
    );
  });
});

describe("secrets", () => {
  test("are in no API answer after creation, and not in the database in plain text", async () => {
    const secrets = [
      "wh00kpathsecret",
      "slackpathsecret",
      "discordpathsecret",
      "ntfytopicsecret",
      "tk_ntfytokensecret",
    ];
    const webhook = await channel("webhook", { url: `${base}/hook/wh00kpathsecret?key=1` });
    const slack = await channel("slack", { url: `${base}/services/slackpathsecret` });
    const discord = await channel("discord", { url: `${base}/api/webhooks/discordpathsecret` });
    const ntfy = await channel("ntfy", {
      server: base,
      topic: "ntfytopicsecret",
      token: "tk_ntfytokensecret",
    });
    secrets.push(webhook.secret!);
    const ids = [webhook.id, slack.id, discord.id, ntfy.id];

    const answers: string[] = [(await api("GET", "/alerts/channels?limit=100")).text];
    for (const id of ids) {
      answers.push((await api("GET", `/alerts/channels/${id}`)).text);
      answers.push((await api("PATCH", `/alerts/channels/${id}`, { name: `renamed ${id}` })).text);
      answers.push((await api("POST", `/alerts/channels/${id}/test`)).text);
      answers.push((await api("GET", `/alerts/channels/${id}/deliveries`)).text);
    }
    // The host is what shows of a URL.
    const listed = JSON.parse(answers[0]!).data.find((c: { id: string }) => c.id === slack.id);
    expect(listed.target).toBe(new URL(base).host);
    const page = await fetch(`${http.url}/alerts`, { headers: { cookie: operator.cookie } });
    answers.push(await page.text());
    const activity = await listActivity(db(), { type: "alert_channel.", limit: 100 });
    answers.push(JSON.stringify(activity.items));
    for (const text of answers) {
      for (const secret of secrets) expect(text).not.toContain(secret);
    }

    // Read the rows directly: nothing of any secret, and the sealed boxes do not show them.
    const rows = await db().execute(sql`select * from alert_channels where id in ${ids}`);
    const stored = JSON.stringify((rows as unknown as { rows: unknown[] }).rows);
    for (const secret of secrets) expect(stored).not.toContain(secret);
    const boxes = (rows as unknown as { rows: { sealed_secrets: string }[] }).rows.map(
      (row) => row.sealed_secrets,
    );
    expect(boxes.every((box) => /^v1\.[\w-]{8}\.[\w-]+\.[\w-]+\.[\w-]+$/.test(box))).toBe(true);
    const outbox = await db().execute(sql`select * from alert_outbox where channel_id in ${ids}`);
    for (const secret of secrets) expect(JSON.stringify(outbox)).not.toContain(secret);

    // A box moved into another channel's row does not open there: the test says so.
    await db()
      .update(alertChannels)
      .set({ sealedSecrets: boxes[0] })
      .where(eq(alertChannels.id, (rows as unknown as { rows: { id: string }[] }).rows[1]!.id));
    const moved = (rows as unknown as { rows: { id: string }[] }).rows[1]!.id;
    const tested = await api("POST", `/alerts/channels/${moved}/test`);
    expect(tested.status).toBe(200);
    expect(tested.body.data).toMatchObject({ delivered: false });
    expect(tested.body.data.error).toContain("does not open");
    await removeChannels(...ids);
  });
});

describe("the /alerts page", () => {
  const post = (values: Record<string, string>, cookie = operator.cookie, path = "/alerts") =>
    fetch(`${http.url}${path}`, {
      method: "POST",
      body: new URLSearchParams(values),
      headers: { cookie, origin: http.url },
      redirect: "manual",
    });

  test("adds, tests and deletes channels without JavaScript, and shows the delivery log", async () => {
    const empty = await fetch(`${http.url}/alerts?kind=ntfy`, {
      headers: { cookie: operator.cookie },
    });
    expect(empty.status).toBe(200);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain("Add a channel");
    expect(emptyHtml).toContain('name="topic"');
    expect(emptyHtml).not.toContain('name="url"');

    const bad = await post({ intent: "create", kind: "webhook", name: "Hook", url: "ftp://x" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("The URL must be an http(s) URL");

    const created = await post({
      intent: "create",
      kind: "webhook",
      name: "Page hook",
      url: `${base}/hook/page`,
    });
    expect(created.status).toBe(200);
    const createdHtml = await created.text();
    const secret = /data-testid="signing-secret"[^>]*>(whsec_[\w-]+)</.exec(createdHtml)?.[1];
    expect(secret).toBeDefined();
    const [row] = await db()
      .select()
      .from(alertChannels)
      .where(eq(alertChannels.name, "Page hook"));

    const tested = await post({ intent: "test", channelId: row!.id });
    expect(tested.status).toBe(200);
    const testedHtml = await tested.text();
    expect(testedHtml).toContain("Test delivered");
    expect(
      signatureValid(
        hitsOn("/hook/page")[0]!.raw,
        hitsOn("/hook/page")[0]!.headers["x-nexus-signature-256"],
        secret!,
      ),
    ).toBe(true);
    // The log shows the attempt; the secret is not on the page any more.
    const listed = (
      await (await fetch(`${http.url}/alerts`, { headers: { cookie: operator.cookie } })).text()
    ).replaceAll("<!-- -->", "");
    expect(listed).toContain("Page hook");
    expect(listed).toContain("Delivery log (latest 1)");
    expect(listed).not.toContain(secret!);

    const email = await post({
      intent: "create",
      kind: "email",
      name: "Page mail",
      to: "ops@example.com, not-an-address",
    });
    expect(email.status).toBe(400);
    expect(await email.text()).toContain("is not an e-mail address");

    expect((await post({ intent: "delete", channelId: row!.id }, viewer.cookie)).status).toBe(403);
    const deleted = await post({ intent: "delete", channelId: row!.id });
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get("location")).toBe("/alerts");
    expect(await db().select().from(alertChannels).where(eq(alertChannels.id, row!.id))).toEqual(
      [],
    );
  });
});
