import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { clientDir, writeClientSchema } from "../../scripts/client.mjs";

test("the committed client types are the ones the served OpenAPI document makes (npm run client)", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "nexus-client-"));
  try {
    const fresh = await readFile(await writeClientSchema(dir), "utf8");
    const committed = await readFile(path.join(clientDir, "schema.d.ts"), "utf8");
    expect(fresh).toContain("export interface paths");
    // Not toBe: on a difference, a 12,000-line diff would bury the one thing to do.
    expect(
      committed === fresh,
      "clients/typescript/schema.d.ts is not what the document makes: run `npm run client` and commit it",
    ).toBe(true);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
