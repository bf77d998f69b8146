import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Services } from "#app/server/services.server.ts";
import { builtApp } from "./build.ts";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * NEXUS's HTTP stack from the server build (the app `npm start` serves, routes and all) on a
 * random loopback port, with the given services (see createTestServices, also from the build).
 */
export async function startHttp(services: Services) {
  const { build, runtime } = await builtApp();
  const app = runtime.createApp({ services, build, root });
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
