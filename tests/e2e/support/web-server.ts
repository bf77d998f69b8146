/**
 * Playwright's web server for the browser tests: the real app, started exactly as a user starts
 * it (`node scripts/start.mjs` from the repository root, embedded defaults), with its data in
 * a fresh temporary folder that is removed again once the server has stopped.
 *
 * Playwright stops its web server by sending SIGTERM to the whole process group, so server.ts
 * receives it directly and shuts down gracefully (stopping the `partykit dev` it spawned). This
 * wrapper therefore does not forward that signal at once (a second SIGTERM would cut server.ts's
 * shutdown short); it waits for the server to exit and then cleans up, and only signals or kills
 * the server itself when it is still running long after, or when Playwright has died.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startFakeOllama } from "../../support/fake-ollama.ts";
import { processTree } from "../../support/processes.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), "nexus-e2e-"));

// A fake Ollama (tests/support/fake-ollama.ts) for the SAGE console: slow enough to watch the
// answer stream in and to stop it.
const ollama = await startFakeOllama();
ollama.behaviour.chunkDelayMs = 60;
ollama.behaviour.reply = Array.from({ length: 40 }, (_, i) => `word${i + 1}`).join(" ");
// Goal runs (tests/e2e/goals.spec.ts): a two-step plan whose second step the verifier doubts.
ollama.behaviour.script = (messages) => {
  const system = messages[0]?.content ?? "";
  const user = messages.at(-1)?.content ?? "";
  if (!user.includes("[e2e goal]")) return undefined;
  if (system.includes("planner")) {
    return JSON.stringify({
      steps: [
        { title: "Count the failed requests", task: "reasoning" },
        { title: "Guess the root cause", task: "reasoning" },
      ],
    });
  }
  if (system.includes("strict verifier")) {
    return user.includes("Guess the root cause")
      ? '{"score": 0.35, "issues": ["the cause is asserted without evidence"]}'
      : '{"score": 0.93, "issues": []}';
  }
  if (system.includes("final answer")) return "1,204 requests failed; the cause is unproven.";
  return Array.from({ length: 30 }, (_, i) => `finding${i + 1}`).join(" ");
};

const server = spawn(process.execPath, ["scripts/start.mjs"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXUS_DATA_DIR: dataDir, OLLAMA_HOST: ollama.url },
});

// The server's own shutdown: its drain (SHUTDOWN_TIMEOUT_MS, 10 s by default) and the 2 s
// after which it forces its exit, with a margin for a busy machine.
const shutdownMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000) + 2_000 + 5_000;
let stopping = false;

/** Kills what is left of the server's tree (only while it runs: a dead pid may be reused). */
function killServerTree() {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  for (const pid of processTree(server.pid).reverse()) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  }
}

/**
 * Ends the server however this wrapper was asked to stop. `alreadySignalled`: the signal went to
 * the whole process group (as Playwright sends it), so server.ts has it too; a second SIGTERM
 * would cut its graceful shutdown short, so it only gets one of ours if it is still running
 * once its own shutdown should long be over. Whatever is left after that is killed.
 */
function stop(signal: NodeJS.Signals, alreadySignalled: boolean) {
  if (stopping) return;
  stopping = true;
  if (!alreadySignalled) server.kill(signal);
  const nudge = setTimeout(() => {
    if (alreadySignalled) server.kill(signal);
    setTimeout(killServerTree, shutdownMs).unref();
  }, shutdownMs);
  nudge.unref();
}

// Outlive the server, so the folder is removed after it has stopped.
// (To stop this by hand, signal the process group: `kill -TERM -<pgid>`; a signal to this
// process alone also works, only slower.)
process.on("SIGTERM", () => stop("SIGTERM", true));
process.on("SIGINT", () => stop("SIGINT", true));

// Playwright gone without stopping its web server (killed, crashed): nobody will signal the
// group, so end the server here rather than leave it, and its PartyKit, holding their ports.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop("SIGTERM", false);
}, 1_000).unref();

// Its children (PartyKit under its guard) follow it by themselves once it has exited.
server.on("exit", async (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  await ollama.close();
  process.exit(code ?? (signal ? 1 : 0));
});
