// The OpenAPI document NEXUS serves at /api/v1/openapi.json, written to a file without starting
// a server or a database: `node scripts/openapi.mjs [out.json]` (default: stdout). It builds when
// the build is stale and asks the built route itself, so the file is the document production
// serves, made from the same zod schemas the handlers parse with.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureBuild } from "./start.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The document as the built server answers it. */
export async function openApiDocument() {
  await ensureBuild({ info: (message) => console.error(message) });
  const build = await import(pathToFileURL(path.join(root, "build/server/index.js")).href);
  const apiDefinitions = Object.values(build.routes)
    .filter((route) => route.id.startsWith("routes/api.v1."))
    .flatMap((route) => (route.module.api ? [route.module.api] : []));
  const route = Object.values(build.routes).find((r) => r.path === "api/v1/openapi.json");
  if (!route) throw new Error("The build has no /api/v1/openapi.json route.");
  const response = await route.module.loader({
    request: new Request("http://nexus.invalid/api/v1/openapi.json"),
    params: {},
    context: { apiDefinitions },
  });
  if (!response.ok) throw new Error(`The document route answered ${response.status}.`);
  return response.json();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(await openApiDocument(), null, 2)}\n`;
  const out = process.argv[2];
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
}
