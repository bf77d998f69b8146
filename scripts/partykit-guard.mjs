/**
 * Runs one command (`partykit dev`) so that it cannot outlive the process that started it.
 * Started in a process group of its own with a pipe on stdin that the parent never writes to:
 * when the parent dies, even by SIGKILL, the kernel closes the pipe, stdin ends here, and the
 * whole group (the PartyKit CLI and its workerd) is ended. Node has no PR_SET_PDEATHSIG, and a
 * `partykit dev` left behind holds its port, so the next start would fail.
 * Usage: node partykit-guard.mjs <command> [args...]
 */
import { spawn } from "node:child_process";

const [command, ...args] = process.argv.slice(2);
const parent = process.ppid;
let ending = false;

function killGroup(signal) {
  try {
    process.kill(-process.pid, signal);
  } catch {}
}

function end() {
  if (ending) return;
  ending = true;
  child.kill("SIGTERM");
  // Whatever is still running (workerd) goes with the group.
  setTimeout(() => killGroup("SIGKILL"), 3000);
}

const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
child.once("error", (error) => {
  console.error(`could not start ${command}: ${error.message}`);
  process.exit(1);
});
child.once("exit", (code, signal) => {
  // Stragglers of the CLI (workerd) must not hold the port for the next start.
  killGroup("SIGKILL");
  process.exit(code ?? (signal ? 1 : 0));
});

process.on("SIGTERM", end);
process.on("SIGINT", end);
process.stdin.on("end", end);
process.stdin.on("close", end);
process.stdin.on("error", end);
process.stdin.resume();
// Belt and braces: a parent that went away without closing the pipe (it was inherited).
setInterval(() => {
  if (process.ppid !== parent) end();
}, 1000).unref();
