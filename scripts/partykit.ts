import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export interface PartykitOptions {
  port: number;
  /** Folder for the generated config (it holds secrets: owner-only) and, when persisting, state. */
  workDir: string;
  vars: Record<string, string>;
  persist: boolean;
  readyTimeoutMs?: number;
  onLog?: (line: string) => void;
}

export interface PartykitProcess {
  url: string;
  child: ChildProcess;
  stop(timeoutMs?: number): Promise<void>;
}

/** `partykit dev` binds 0.0.0.0 and does not exit when the port is taken, so look first. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host: "0.0.0.0", exclusive: true }, () =>
      probe.close(() => resolve(true)),
    );
  });
}

/**
 * Starts `partykit dev` on the project's parties and resolves once it says it is ready.
 * Secrets reach the parties through a generated config file (not `--var`, which would show them
 * to anyone who can list processes).
 */
export async function startPartykit(options: PartykitOptions): Promise<PartykitProcess> {
  if (!(await portIsFree(options.port))) {
    throw new Error(
      `PartyKit cannot start: port ${options.port} is in use. Set PARTYKIT_PORT to a free port, or PARTYKIT_HOST to a running PartyKit.`,
    );
  }
  await mkdir(options.workDir, { recursive: true, mode: 0o700 });
  const base = JSON.parse(
    await import("node:fs/promises").then((fs) =>
      fs.readFile(path.join(root, "partykit.json"), "utf8"),
    ),
  );
  const config = {
    ...base,
    $schema: undefined,
    main: path.join(root, base.main),
    parties: Object.fromEntries(
      Object.entries(base.parties ?? {}).map(([name, file]) => [
        name,
        path.join(root, file as string),
      ]),
    ),
    vars: { ...base.vars, ...options.vars },
  };
  const configFile = path.join(options.workDir, "partykit.json");
  await writeFile(configFile, JSON.stringify(config, null, 2), { mode: 0o600 });

  const args = [
    "dev",
    "--config",
    configFile,
    "--port",
    String(options.port),
    "--disable-request-cf-fetch",
    "--no-hotkeys",
    "--persist",
    options.persist ? path.join(options.workDir, "state") : "false",
  ];
  const child = spawn(path.join(root, "node_modules/.bin/partykit"), args, {
    cwd: root,
    env: { ...process.env, NO_UPDATE_NOTIFIER: "1", FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });

  const stop = (timeoutMs = 3000) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {}
      }, timeoutMs);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      try {
        // The CLI starts workerd in its own children: signal the whole group.
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        resolve();
      }
    });

  await new Promise<void>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`PartyKit did not become ready in time. Its output:\n${output}`));
    }, options.readyTimeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split("\n")) if (line.trim()) options.onLog?.(line.trim());
      if (/Ready on/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(
        new Error(`PartyKit exited (code ${code}) before it was ready. Its output:\n${output}`),
      );
    });
  });

  return { url: `http://127.0.0.1:${options.port}`, child, stop };
}
