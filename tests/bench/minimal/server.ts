/**
 * Serves the minimal app with the same stack as NEXUS's server.ts: Express 4, compression,
 * static build files, @remix-run/express in production mode. NEXUS's own middleware (request ids,
 * CSP nonces, the request log) is left out on purpose: it is part of what the benchmark measures.
 */
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";

const root = path.dirname(fileURLToPath(import.meta.url));
const build = (await import(
  pathToFileURL(path.join(root, "build/server/index.js")).href
)) as ServerBuild;

const app = express();
app.disable("x-powered-by");
app.use(compression({ threshold: 1024 }));
app.use(
  "/build",
  express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }),
);
app.use(express.static(path.join(root, "public"), { maxAge: "1h" }));
app.all("*", createRequestHandler({ build, mode: "production" }));

const server: Server = app.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  console.log(`listening on http://127.0.0.1:${port}`);
});

process.once("SIGTERM", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
