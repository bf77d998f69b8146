import net from "node:net";
import { WebSocketServer } from "ws";

/**
 * A WebSocket-to-TCP relay in the shape of Neon's `wsproxy`: the Neon serverless driver connects
 * to `ws://relay/v1?address=host:port` and the relay pipes bytes to that Postgres. It lets the
 * integration tests run the production driver against the machine's plain Postgres.
 * Only loopback targets are relayed.
 */
export async function startNeonRelay(): Promise<{ address: string; close(): Promise<void> }> {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
  wss.on("connection", (socket, request) => {
    const target = new URL(request.url ?? "", "http://relay").searchParams.get("address") ?? "";
    const [host, port] = target.split(":");
    if (!host || !port || !["127.0.0.1", "localhost", "::1"].includes(host)) {
      socket.close(1008, "target not allowed");
      return;
    }
    const tcp = net.connect({ host, port: Number(port) });
    tcp.setNoDelay(true);
    const pending: Buffer[] = [];
    let open = false;
    tcp.on("connect", () => {
      open = true;
      for (const chunk of pending.splice(0)) tcp.write(chunk);
    });
    socket.on("message", (data: Buffer) => (open ? tcp.write(data) : pending.push(data)));
    tcp.on("data", (data) => socket.send(data));
    const end = () => {
      tcp.destroy();
      socket.terminate();
    };
    tcp.on("close", end);
    tcp.on("error", end);
    socket.on("close", end);
    socket.on("error", end);
  });
  const { port } = wss.address() as net.AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}
