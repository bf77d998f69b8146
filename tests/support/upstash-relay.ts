import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis as IORedis } from "ioredis";

/**
 * An Upstash-REST-compatible relay in front of a real Redis, for tests: `@upstash/redis` speaks
 * HTTP, a local Redis speaks RESP (docs/decisions/028-redis-relay-for-tests.md).
 *
 *   POST /             one command as a JSON array: ["SET", "k", "v", "PX", 1000]
 *   POST /pipeline     an array of commands, run in order (not atomically)
 *   POST /multi-exec   an array of commands, run in MULTI/EXEC
 *
 * Answers `{result}` or `{error}` (arrays of them for pipelines), checks the bearer token, and
 * base64-encodes every string in a result when the client sends `Upstash-Encoding: base64` (the
 * client decodes every string it receives). It may be stopped and started again on the same port
 * mid-test, to play a Redis outage.
 *
 * Two details `@upstash/ratelimit` needs (stack notes): its Lua scripts start with
 * `#!lua flags=allow-key-locking`, a flag stock Redis rejects, so unknown shebang flags are
 * stripped; and it calls EVALSHA with the SHA of the script as written, so the relay maps that SHA
 * to the SHA Redis knows for the stripped script.
 *
 * ioredis 5 speaks RESP2 only (it has no `protocol` option to pin): HGETALL and friends answer flat
 * arrays on the wire, as Upstash's do. ioredis turns HGETALL into an object; the relay flattens it
 * back.
 */
export interface UpstashRelay {
  /** What UPSTASH_REDIS_REST_URL would be. */
  url: string;
  token: string;
  port: number;
  /** Requests answered since the relay was made. */
  requests: number;
  /** Stops answering (closes the port and every open connection); Redis keeps its data. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  readonly running: boolean;
  /** Stops for good and disconnects from Redis. */
  close(): Promise<void>;
}

/** Flags Redis 7 accepts in a script shebang; anything else is stripped. */
const KNOWN_FLAGS = new Set([
  "no-writes",
  "allow-oom",
  "allow-stale",
  "no-cluster",
  "allow-cross-slot-keys",
]);

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

export function stripUnknownShebangFlags(script: string): string {
  const match = /^#!lua([^\n]*)(\n|$)/.exec(script);
  if (!match) return script;
  const flagsMatch = /flags=([^\s]*)/.exec(match[1] ?? "");
  const flags = (flagsMatch?.[1] ?? "")
    .split(",")
    .map((f) => f.trim())
    .filter((f) => KNOWN_FLAGS.has(f));
  const shebang = flags.length > 0 ? `#!lua flags=${flags.join(",")}` : "#!lua";
  return shebang + script.slice(match[0].length - match[2]!.length);
}

type Reply = string | number | null | Reply[] | Buffer | Record<string, unknown>;

function normalize(value: unknown): Reply {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return value.toString("utf8");
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === "object") {
    // HGETALL (and any other command ioredis turns into an object): back to a flat array.
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [k, normalize(v)]);
  }
  if (typeof value === "number" || typeof value === "string") return value;
  return String(value);
}

function encodeStrings(value: Reply): Reply {
  if (typeof value === "string") return Buffer.from(value, "utf8").toString("base64");
  if (Array.isArray(value)) return value.map(encodeStrings);
  return value;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startUpstashRelay(
  options: { redisUrl: string; token?: string; port?: number } = {
    redisUrl: "redis://127.0.0.1:6379",
  },
): Promise<UpstashRelay> {
  const token = options.token ?? randomBytes(16).toString("hex");
  const redis = new IORedis(options.redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  await redis.connect();
  /** The SHA the client knows (of the script as written) -> the SHA Redis knows. */
  const shaMap = new Map<string, string>();

  /** Rewrites script commands so stock Redis accepts them; other commands pass through. */
  function prepare(command: string[]): { args: string[]; after?: (result: Reply) => Reply } {
    const name = command[0]!.toUpperCase();
    if (name === "EVAL" && command[1] !== undefined) {
      const original = command[1];
      const stripped = stripUnknownShebangFlags(original);
      if (stripped !== original) shaMap.set(sha1(original), sha1(stripped));
      return { args: [command[0]!, stripped, ...command.slice(2)] };
    }
    if (name === "EVALSHA" && command[1] !== undefined) {
      return {
        args: [command[0]!, shaMap.get(command[1]) ?? command[1], ...command.slice(2)],
      };
    }
    if (name === "SCRIPT" && command[1]?.toUpperCase() === "LOAD" && command[2] !== undefined) {
      const original = command[2];
      const stripped = stripUnknownShebangFlags(original);
      const originalSha = sha1(original);
      if (stripped !== original) shaMap.set(originalSha, sha1(stripped));
      // Answer the SHA of the script the client sent, as Upstash does.
      return { args: [command[0]!, command[1], stripped], after: () => originalSha };
    }
    if (name === "SCRIPT" && command[1]?.toUpperCase() === "EXISTS") {
      return {
        args: [command[0]!, command[1], ...command.slice(2).map((sha) => shaMap.get(sha) ?? sha)],
      };
    }
    return { args: command };
  }

  const asStrings = (command: unknown): string[] => {
    if (!Array.isArray(command) || command.length === 0) {
      throw new Error("ERR a command is a non-empty JSON array");
    }
    return command.map((part) =>
      typeof part === "string" ? part : part === null ? "" : String(part),
    );
  };

  async function run(command: string[]): Promise<Reply> {
    const { args, after } = prepare(command);
    const result = normalize(await redis.call(args[0]!, ...args.slice(1)));
    return after ? after(result) : result;
  }

  const send = (response: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    response.writeHead(status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(text),
    });
    response.end(text);
  };

  const errorText = (error: unknown) => (error as Error).message || String(error);

  async function handle(request: IncomingMessage, response: ServerResponse) {
    relay.requests += 1;
    if (request.headers.authorization !== `Bearer ${token}`) {
      send(response, 401, { error: "Unauthorized" });
      return;
    }
    if (request.method !== "POST") {
      send(response, 405, { error: "ERR only POST is supported" });
      return;
    }
    const base64 = String(request.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    const encode = (value: Reply) => (base64 ? encodeStrings(value) : value);
    const path = new URL(request.url ?? "/", "http://relay").pathname.replace(/\/+$/, "");
    let payload: unknown;
    try {
      payload = JSON.parse(await readBody(request));
    } catch {
      send(response, 400, { error: "ERR the body is not JSON" });
      return;
    }

    if (path === "" || path === "/") {
      try {
        send(response, 200, { result: encode(await run(asStrings(payload))) });
      } catch (error) {
        send(response, 400, { error: errorText(error) });
      }
      return;
    }
    if (path === "/pipeline") {
      if (!Array.isArray(payload)) {
        send(response, 400, { error: "ERR a pipeline is a JSON array of commands" });
        return;
      }
      const answers: unknown[] = [];
      for (const command of payload) {
        try {
          answers.push({ result: encode(await run(asStrings(command))) });
        } catch (error) {
          answers.push({ error: errorText(error) });
        }
      }
      send(response, 200, answers);
      return;
    }
    if (path === "/multi-exec") {
      if (!Array.isArray(payload)) {
        send(response, 400, { error: "ERR a transaction is a JSON array of commands" });
        return;
      }
      try {
        const multi = redis.multi();
        for (const command of payload) {
          const { args } = prepare(asStrings(command));
          multi.call(args[0]!, ...args.slice(1));
        }
        const results = (await multi.exec()) ?? [];
        send(
          response,
          200,
          results.map(([error, result]) =>
            error ? { error: errorText(error) } : { result: encode(normalize(result)) },
          ),
        );
      } catch (error) {
        send(response, 400, { error: errorText(error) });
      }
      return;
    }
    send(response, 404, { error: `ERR unknown path ${path}` });
  }

  let server: Server | null = null;
  let port = options.port ?? 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((request, response) => {
        handle(request, response).catch((error) => {
          if (!response.headersSent) send(response, 500, { error: errorText(error) });
          else response.destroy();
        });
      });
      s.once("error", reject);
      s.listen(port, "127.0.0.1", () => {
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = null;
      if (!s) return resolve();
      s.closeAllConnections();
      s.close(() => resolve());
    });

  await listen();

  const relay: UpstashRelay = {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    token,
    get port() {
      return port;
    },
    requests: 0,
    get running() {
      return server !== null;
    },
    stop,
    async start() {
      if (!server) await listen();
    },
    async close() {
      await stop();
      redis.disconnect();
    },
  };
  return relay;
}

/**
 * Deletes every key under `prefix` (a test run's namespace) straight through ioredis.
 * Returns how many keys were deleted.
 */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let deleted = 0;
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== "0");
    return deleted;
  } finally {
    redis.disconnect();
  }
}
