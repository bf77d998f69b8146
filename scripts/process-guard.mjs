/**
 * Runs one command (`partykit dev`, a test run's Postgres) so that it cannot outlive the process
 * that started it.
 * Started in a process group of its own with a pipe on stdin that the parent never writes to:
 * when the parent dies, even by SIGKILL, the kernel closes the pipe, stdin ends here, and the
 * whole group (the PartyKit CLI and its workerd, say) is ended. Node has no PR_SET_PDEATHSIG,
 * and a `partykit dev` left behind holds its port, so the next start would fail.
 * Usage: node process-guard.mjs <command> [args...]; GUARD_STOP_SIGNAL (SIGTERM) is what the
 * command gets first, GUARD_UID / GUARD_GID whom it runs as.
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

const stopSignal = process.env.GUARD_STOP_SIGNAL || "SIGTERM";
const ids =
  process.env.GUARD_UID && process.env.GUARD_GID
    ? { uid: Number(process.env.GUARD_UID), gid: Number(process.env.GUARD_GID) }
    : {};

function end() {
  if (ending) return;
  ending = true;
  child.kill(stopSignal);
  // Whatever is still running (workerd) goes with the group.
  setTimeout(() => killGroup("SIGKILL"), 3000);
}

const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], ...ids });
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
