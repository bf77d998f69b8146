import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import type { Services } from "#app/utils/services.server.ts";
import { createApp, ensureBuild, loadBuild } from "../../server.ts";

/** NEXUS's real HTTP stack (server.ts + the built Remix app) on a random loopback port. */
export async function startHttp(services: Services) {
  await ensureBuild(pino({ level: "silent" }));
  const app = createApp({ services, build: await loadBuild() });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    app,
    server,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
