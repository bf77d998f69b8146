import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError, parseEncryptionKeys, parseEnv, type RawEnv } from "./env.server.ts";

/**
 * The resolved configuration: validated variables plus what follows from them
 * (which back ends, where the data lives, the secrets in force).
 */
export interface Config {
  env: RawEnv;
  isProduction: boolean;
  dataDir: string;
  /**
   * `embedded`: the Postgres server NEXUS runs on NEXUS_DATA_DIR/postgres (db/embedded.ts), which
   * the process must start or join before it opens it as `{ kind: "postgres", url }`.
   */
  database:
    | { kind: "embedded"; dir: string; password: string }
    | { kind: "postgres"; url: string }
    | { kind: "neon"; url: string; wsProxy?: string };
  cache: { kind: "memory" } | { kind: "upstash"; url: string; token: string };
  partykit: { url: string; managed: boolean; port: number };
  secrets: {
    session: string[];
    realtime: string;
    realtimePush: string;
    /**
     * The keys that seal alert channels' secrets at rest (32 bytes each), newest first: new
     * secrets are sealed with the first (docs/decisions/038-alert-secrets-encrypted.md).
     */
    encryption: Buffer[];
  };
  /** Where alert e-mail goes out (SMTP_URL, SMTP_FROM); null: e-mail channels are refused. */
  smtp: { url: string; from: string } | null;
}

type SecretName = "session" | "realtime" | "realtimePush" | "postgres" | "encryption";

/**
 * On embedded defaults NEXUS invents its secrets once and keeps them beside the data, readable by
 * the owner only, so sessions survive a restart without anyone having to configure anything.
 */
async function embeddedSecrets(dataDir: string): Promise<Record<SecretName, string>> {
  const file = path.join(dataDir, "secrets.json");
  let stored: Partial<Record<SecretName, string>> = {};
  try {
    stored = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new ConfigError([
        { variable: "NEXUS_DATA_DIR", message: `holds an unreadable secrets.json (${file})` },
      ]);
    }
  }
  const names: SecretName[] = ["session", "realtime", "realtimePush", "postgres", "encryption"];
  const missing = names.filter((name) => typeof stored[name] !== "string");
  if (missing.length > 0) {
    for (const name of missing) stored[name] = randomBytes(32).toString("base64url");
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    await writeFile(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  }
  await chmod(file, 0o600);
  return stored as Record<SecretName, string>;
}

/** The keys of a validated NEXUS_ENCRYPTION_KEY, or of the generated one (43 base64url characters). */
function encryptionKeys(raw: string): Buffer[] {
  const keys = parseEncryptionKeys(raw);
  if (!keys) {
    throw new ConfigError([
      {
        variable: "NEXUS_DATA_DIR",
        message: "holds a secrets.json whose encryption key is not 32 bytes",
      },
    ]);
  }
  return keys;
}

function partykitUrl(host: string): string {
  const withScheme = /^https?:\/\//.test(host) ? host : `http://${host}`;
  return withScheme.replace(/\/$/, "");
}

export async function loadConfig(
  source: Record<string, string | undefined> = process.env,
): Promise<Config> {
  const parsed = parseEnv(source);
  if (!parsed.ok) throw new ConfigError(parsed.problems);
  const env = parsed.env;
  const dataDir = path.resolve(env.NEXUS_DATA_DIR);

  const needEmbedded =
    !env.DATABASE_URL ||
    !env.SESSION_SECRET ||
    !env.REALTIME_SECRET ||
    !env.REALTIME_PUSH_SECRET ||
    !env.NEXUS_ENCRYPTION_KEY;
  const embedded = needEmbedded ? await embeddedSecrets(dataDir) : undefined;

  return {
    env,
    isProduction: env.NODE_ENV === "production",
    dataDir,
    database: env.DATABASE_URL
      ? { kind: "neon", url: env.DATABASE_URL, wsProxy: env.NEON_WS_PROXY }
      : { kind: "embedded", dir: path.join(dataDir, "postgres"), password: embedded!.postgres },
    cache:
      env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN
        ? { kind: "upstash", url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN }
        : { kind: "memory" },
    partykit: env.PARTYKIT_HOST
      ? { url: partykitUrl(env.PARTYKIT_HOST), managed: false, port: env.PARTYKIT_PORT }
      : { url: `http://127.0.0.1:${env.PARTYKIT_PORT}`, managed: true, port: env.PARTYKIT_PORT },
    secrets: {
      session: env.SESSION_SECRET ?? [embedded!.session],
      realtime: env.REALTIME_SECRET ?? embedded!.realtime,
      realtimePush: env.REALTIME_PUSH_SECRET ?? embedded!.realtimePush,
      encryption: encryptionKeys(env.NEXUS_ENCRYPTION_KEY ?? embedded!.encryption),
    },
    smtp: env.SMTP_URL && env.SMTP_FROM ? { url: env.SMTP_URL, from: env.SMTP_FROM } : null,
  };
}
