import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { ApiError, failure } from "#app/api/api.server.ts";

const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

const distDir = path.dirname(
  createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"),
);
const contents = new Map<string, Buffer>();

/** Serves the two files the reference page needs, from the installed swagger-ui-dist. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const name = params.asset ?? "";
  const type = ASSETS[name];
  if (!type) return failure(context, new ApiError(404, "NOT_FOUND", `No such asset: ${name}`));
  let body = contents.get(name);
  if (!body) {
    body = await readFile(path.join(distDir, name));
    contents.set(name, body);
  }
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400" },
  });
}
