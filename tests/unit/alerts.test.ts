import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { createSealer, SealedSecretError } from "#app/alerts/crypto.server.ts";
import { defaultRetryPolicy, retryDelay } from "#app/alerts/outbox.server.ts";
import {
  discordPayload,
  headerText,
  headline,
  ntfyRequest,
  signBody,
  slackPayload,
} from "#app/alerts/senders.server.ts";

describe("sealed secrets (AES-256-GCM)", () => {
  const key = randomBytes(32);
  const sealer = createSealer([key], "alert channel secrets");

  test("open what they sealed, and every box is different", () => {
    const first = sealer.seal('{"url":"https://hooks.example/T0/B0/x"}', "alert_channels:1");
    const second = sealer.seal('{"url":"https://hooks.example/T0/B0/x"}', "alert_channels:1");
    expect(first).not.toBe(second);
    expect(first).not.toContain("hooks.example");
    expect(sealer.open(first, "alert_channels:1")).toBe('{"url":"https://hooks.example/T0/B0/x"}');
  });

  test("refuse a box that was altered, moved to another row, or sealed with another key", () => {
    const box = sealer.seal("secret", "alert_channels:1");
    const parts = box.split(".");
    const ciphertext = Buffer.from(parts[4]!, "base64url");
    ciphertext[0] = ciphertext[0]! ^ 1;
    const altered = [...parts.slice(0, 4), ciphertext.toString("base64url")].join(".");
    expect(() => sealer.open(altered, "alert_channels:1")).toThrow(SealedSecretError);
    expect(() => sealer.open(box, "alert_channels:2")).toThrow(/altered or moved/);
    const shortTag = [...parts.slice(0, 3), parts[3]!.slice(0, 8), parts[4]].join(".");
    expect(() => sealer.open(shortTag, "alert_channels:1")).toThrow(SealedSecretError);
    const other = createSealer([randomBytes(32)], "alert channel secrets");
    expect(() => other.open(box, "alert_channels:1")).toThrow(/not configured/);
    expect(() => sealer.open("not a box", "alert_channels:1")).toThrow(SealedSecretError);
  });

  test("a key serves one purpose: the same key for another purpose opens nothing of this one", () => {
    const box = sealer.seal("secret", "row");
    expect(() => createSealer([key], "something else").open(box, "row")).toThrow(SealedSecretError);
  });

  test("rotation: seal with the newest key, still open what older keys sealed", () => {
    const old = sealer.seal("sealed before the rotation", "row");
    const rotated = createSealer([randomBytes(32), key], "alert channel secrets");
    expect(rotated.open(old, "row")).toBe("sealed before the rotation");
    const fresh = rotated.seal("sealed after", "row");
    expect(fresh.split(".")[1]).not.toBe(old.split(".")[1]);
    expect(() => sealer.open(fresh, "row")).toThrow(/not configured/);
  });
});

describe("payloads", () => {
  const event = {
    type: "incident.opened" as const,
    dedupeKey: "incident-1",
    title: "Queue <backed> up & stalled",
    summary: "Jobs wait longer than 5 min.",
    severity: "warning" as const,
    occurredAt: "2026-01-02T03:04:05.000Z",
  };

  test("the signature is GitHub's form: sha256= and the hex HMAC of the exact bytes", () => {
    // RFC 4231 test case 2.
    expect(signBody("Jefe", "what do ya want for nothing?")).toBe(
      "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  test("headlines say what happened", () => {
    expect(headline(event)).toBe("[WARNING] Queue <backed> up & stalled");
    expect(headline({ ...event, type: "incident.resolved" })).toBe(
      "[RESOLVED] Queue <backed> up & stalled",
    );
    expect(headline({ ...event, type: "incident.reminder" })).toMatch(/^\[STILL OPEN · WARNING\]/);
  });

  test("Slack text and blocks, Discord content and embeds, within their limits", () => {
    const long = { ...event, summary: "x".repeat(10_000), title: "t".repeat(400) };
    const slack = slackPayload(long);
    expect(slack.text.length).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(slackPayload(event).blocks)).toContain("Queue &lt;backed&gt; up &amp;");
    const discord = discordPayload(long);
    expect(discord.embeds[0]!.title.length).toBeLessThanOrEqual(256);
    expect(discord.embeds[0]!.description.length).toBeLessThanOrEqual(4096);
    expect(discord.content.length).toBeLessThanOrEqual(2000);
    expect(discord.embeds[0]).not.toHaveProperty("url");
  });

  test("ntfy headers are ASCII: other text goes as an RFC 2047 encoded word", () => {
    expect(headerText("plain title")).toBe("plain title");
    expect(headerText("two\r\nlines")).toBe("two lines");
    expect(headerText("Störung ✓")).toBe(
      `=?UTF-8?B?${Buffer.from("Störung ✓").toString("base64")}?=`,
    );
    const request = ntfyRequest(event, { server: "https://ntfy.example", topic: "ops alerts" });
    expect(request.url).toBe("https://ntfy.example/ops%20alerts");
    expect(request.headers).toMatchObject({ Priority: "4", Tags: "warning" });
    expect(request.headers).not.toHaveProperty("Authorization");
  });
});

describe("retry backoff", () => {
  test("doubles from 5 s (give or take 10 %) up to 15 min; Retry-After may ask for longer", () => {
    const policy = defaultRetryPolicy;
    for (let run = 0; run < 50; run += 1) {
      const waits = [1, 2, 3, 4].map((attempt) => retryDelay(attempt, policy));
      waits.forEach((wait, i) => {
        const nominal = 5_000 * 2 ** i;
        expect(wait).toBeGreaterThanOrEqual(nominal * 0.9);
        expect(wait).toBeLessThanOrEqual(nominal * 1.1);
      });
      expect(retryDelay(30, policy)).toBe(15 * 60_000);
      expect(retryDelay(1, policy, 120_000)).toBe(120_000);
      expect(retryDelay(1, policy, 10 * 3_600_000)).toBe(15 * 60_000);
    }
  });
});
