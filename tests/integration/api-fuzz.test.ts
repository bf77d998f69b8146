import { afterAll, beforeAll, expect, test } from "vitest";
import { applyEmergencyAction, getEmergencyState } from "#app/emergency/emergency.server.ts";
import { settleGoalRuns } from "#app/sage/goals.server.ts";
import type { RateLimiter } from "#app/utils/rate-limit.server.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { type FakeOllama, startFakeOllama } from "#tests/support/fake-ollama.ts";
import { ApiFuzzer, describeFailure, type Identity } from "#tests/support/fuzz/fuzzer.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * Fuzzes every operation of the served OpenAPI document (tests/support/fuzz/fuzzer.ts). Short in
 * the suite; `npm run fuzz` runs the same test with FUZZ_REQUESTS=6000 (docs/decisions/009).
 */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const BODY_LIMIT = 1_048_576;

/**
 * The alert channels the fuzzer creates point at made-up hosts (`https://a.bc`), and their test
 * button sends at once: the server in this process may fetch only on this machine.
 */
const realFetch = globalThis.fetch;
const loopback = new Set(["127.0.0.1", "localhost", "[::1]"]);
function fetchOnThisMachine(input: string | URL | Request, init?: RequestInit) {
  const url = new URL(input instanceof Request ? input.url : input);
  if (!loopback.has(url.hostname)) {
    return Promise.reject(
      new TypeError("fetch failed", { cause: new Error(`${url.host} is not on this machine`) }),
    );
  }
  return realFetch(input, init);
}

let ollama: FakeOllama;
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;

/** The real limiter with every limit a thousand times higher: 429 stays possible, never likely. */
function generous(limiter: RateLimiter): RateLimiter {
  const generously = <R extends { limit: number }>(rule: R): R => ({
    ...rule,
    limit: rule.limit * 1000,
  });
  return {
    kind: limiter.kind,
    rules: limiter.rules,
    limit: (rule, key, now) => limiter.limit(generously(rule), key, now),
    peek: (rule, key, now) => limiter.peek(generously(rule), key, now),
    refund: (rule, key, now) => limiter.refund(generously(rule), key, now),
    reset: (rule, key) => limiter.reset(generously(rule), key),
  };
}

beforeAll(async () => {
  globalThis.fetch = fetchOnThisMachine as typeof fetch;
  ollama = await startFakeOllama();
  services = await createTestServices({
    env: {
      OLLAMA_HOST: ollama.url,
      API_BODY_LIMIT: String(BODY_LIMIT),
      LOG_LEVEL: "warn",
    },
  });
  services.rateLimiter = generous(services.rateLimiter);
  http = await startHttp(services);
});
afterAll(async () => {
  await settleGoalRuns(services);
  await http?.close();
  await services?.destroy();
  await ollama?.close();
  globalThis.fetch = realFetch;
});

test(`${REQUESTS} generated requests over every documented operation: only documented answers`, {
  timeout: Math.max(120_000, REQUESTS * 200),
}, async () => {
  const served = await fetch(`${http.url}/api/v1/openapi.json`);
  expect(served.status).toBe(200);
  const document = await served.json();

  const identities: Identity[] = [{ name: "anonymous", headers: {} }];
  const protectedIds = new Set<string>();
  for (const role of ["viewer", "operator", "admin"] as const) {
    const caller = await signedInUser(services, role);
    identities.push({ name: role, headers: { authorization: `Bearer ${caller.token}` } });
    protectedIds.add(caller.user.id);
    protectedIds.add(caller.tokenRow.id);
  }
  const by = { id: null, label: "fuzz reset" };

  const fuzzer = new ApiFuzzer({
    baseUrl: http.url,
    document,
    identities,
    requests: REQUESTS,
    seed: SEED,
    bodyLimit: BODY_LIMIT,
    protectedIds,
    concurrency: 4,
    // Pausing or stopping AI work is fuzzed too; put it back so AI operations keep being reached.
    reset: async () => {
      if ((await getEmergencyState(services)).mode !== "normal") {
        await applyEmergencyAction(services, { action: "resume", reason: "fuzz reset" }, by);
      }
    },
    onProgress: (done) => {
      if (REQUESTS >= 1000) console.log(`fuzz: ${done} requests`);
    },
  });
  const result = await fuzzer.run();

  const operations = Object.keys(result.byOperation).length;
  console.log(
    [
      `fuzz (seed ${SEED}): ${result.requests} requests over ${operations} operations in ` +
        `${Math.round(result.durationMs / 1000)} s, ${result.failures.length} failures`,
      `  by status: ${JSON.stringify(result.byStatus)}`,
      `  by case:   ${JSON.stringify(result.byKind)}`,
      `  5xx codes: ${JSON.stringify(result.serverErrors)}`,
    ].join("\n"),
  );
  for (const failure of result.failures.slice(0, 30)) {
    console.log(describeFailure(failure, http.url));
  }
  // Every operation in the document was called, valid requests reached the handlers.
  expect(operations).toBe(fuzzer.operations.length);
  expect(result.requests).toBeGreaterThanOrEqual(REQUESTS);
  expect(Object.keys(result.byStatus).filter((s) => s.startsWith("2")).length).toBeGreaterThan(0);
  expect(result.failures.map((f) => `${f.request.operation.operationId}: ${f.problem}`)).toEqual(
    [],
  );
});
