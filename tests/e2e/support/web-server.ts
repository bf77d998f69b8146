/**
 * Playwright's web server for the browser tests: the real app, started exactly as a user starts
 * it (`node --import tsx server.ts` from the repository root, embedded defaults), with its data in
 * a fresh temporary folder that is removed again once the server has stopped.
 *
 * Playwright stops its web server by sending SIGTERM to the whole process group, so server.ts
 * receives it directly and shuts down gracefully (stopping the `partykit dev` it spawned). This
 * wrapper therefore never forwards a signal (a second SIGTERM would cut server.ts's shutdown
 * short); it only waits for the server to exit and then cleans up.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startFakeOllama } from "../../support/fake-ollama.ts";

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

const server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXUS_DATA_DIR: dataDir, OLLAMA_HOST: ollama.url },
});

// Ignore the signal here and outlive the server, so the folder is removed after it has stopped.
// (To stop this by hand, signal the process group: `kill -TERM -<pgid>`.)
process.on("SIGTERM", () => {});
process.on("SIGINT", () => {});

server.on("exit", async (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  await ollama.close();
  process.exit(code ?? (signal ? 1 : 0));
});
