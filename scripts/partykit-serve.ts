/**
 * Runs NEXUS's PartyKit parties on their own (the `partykit` service of docker-compose.yml), the
 * way `npm start` runs them embedded: `partykit dev` with the realtime secrets in a generated,
 * owner-only config file, no inspector. Reads REALTIME_SECRET, REALTIME_PUSH_SECRET, HOST
 * (127.0.0.1), PARTYKIT_PORT (1999) and NEXUS_DATA_DIR (state under <dir>/partykit). In production, deploy the parties to PartyKit
 * instead (`npx partykit deploy`, see the README) and point PARTYKIT_HOST at them.
 */
import path from "node:path";
import { startPartykit } from "./partykit.ts";

function secret(name: string): string {
  const value = process.env[name] ?? "";
  if (value.length < 32) {
    console.error(`${name} must be set to at least 32 characters.`);
    process.exit(78); // EX_CONFIG
  }
  return value;
}

async function main() {
  const partykit = await startPartykit({
    port: Number(process.env.PARTYKIT_PORT || 1999),
    host: process.env.HOST || "127.0.0.1",
    workDir: path.join(path.resolve(process.env.NEXUS_DATA_DIR || "./.data"), "partykit"),
    persist: true,
    vars: {
      REALTIME_SECRET: secret("REALTIME_SECRET"),
      REALTIME_PUSH_SECRET: secret("REALTIME_PUSH_SECRET"),
    },
    onLog: (line) => console.log(line),
  });
  console.log(`PartyKit is ready on ${partykit.url}`);
  const stop = () => void partykit.stop().then(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

void main();
