import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { settleGoalRuns } from "#app/sage/goals.server.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { type FakeOllama, startFakeOllama } from "#tests/support/fake-ollama.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

const root = path.resolve(import.meta.dirname, "../..");
const clientDir = path.join(root, "clients/typescript");

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to its end in a process group of its own (tsx starts an esbuild service), and
 * kills that group whatever happened: nothing it started outlives the test.
 */
function run(
  args: string[],
  options: { env?: Record<string, string>; timeoutMs: number },
): Promise<Finished> {
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "test",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  return new Promise<Finished>((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup();
      reject(new Error(`${args.join(" ")} did not end in time:\n${stdout}\n${stderr}`));
    }, options.timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      killGroup();
      reject(error);
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      killGroup();
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe("the TypeScript client", () => {
  test("the client and its sample compile under tsc --strict with no error", {
    timeout: 180_000,
  }, async () => {
    const tsc = path.join(root, "node_modules/typescript/bin/tsc");
    const result = await run(
      [
        tsc,
        "-p",
        path.join(clientDir, "tsconfig.json"),
        "--strict",
        "--noEmit",
        "--pretty",
        "false",
      ],
      { timeoutMs: 170_000 },
    );
    const errors = `${result.stdout}${result.stderr}`
      .split("\n")
      .filter((line) => line.includes("error TS"));
    expect(errors, errors.join("\n")).toEqual([]);
    expect(result.code).toBe(0);
  });

  describe("the sample, against a running NEXUS", () => {
    let ollama: FakeOllama;
    let services: TestServices;
    let http: Awaited<ReturnType<typeof startHttp>>;
    let operator: Awaited<ReturnType<typeof signedInUser>>;

    beforeAll(async () => {
      ollama = await startFakeOllama();
      services = await createTestServices({ env: { OLLAMA_HOST: ollama.url } });
      http = await startHttp(services);
      operator = await signedInUser(services, "operator");
    });
    afterAll(async () => {
      if (services) await settleGoalRuns(services);
      await http?.close();
      await services?.destroy();
      await ollama?.close();
    });

    async function api<T>(method: string, route: string, body?: unknown): Promise<T> {
      const response = await fetch(`${http.url}/api/v1${route}`, {
        method,
        headers: {
          authorization: `Bearer ${operator.token}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      expect(response.ok, `${method} ${route}: ${response.status} ${text}`).toBe(true);
      return JSON.parse(text).data as T;
    }

    test("pages every module, generates, starts a goal, round-trips the graph, updates with If-Match and posts idempotently", {
      timeout: 180_000,
    }, async () => {
      // 23 modules: three pages of ten.
      for (let i = 1; i <= 23; i += 1) {
        await api("POST", "/modules", {
          slug: `seeded-${i}`,
          name: `Seeded ${i}`,
          kind: "service",
        });
      }

      const result = await run(["--import", "tsx", path.join(clientDir, "examples/sample.ts")], {
        env: { NEXUS_URL: http.url, NEXUS_TOKEN: operator.token },
        timeoutMs: 150_000,
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.code, output).toBe(0);
      const line = (pattern: RegExp) => {
        const match = pattern.exec(result.stdout);
        expect(match, `no line matching ${pattern} in:\n${output}`).not.toBeNull();
        return match!;
      };

      // Pagination: what the sample counted is what the API lists.
      const paged = line(/^modules: (\d+) in (\d+) pages$/m);
      const listed = await api<unknown[]>("GET", "/modules?limit=100");
      expect(Number(paged[1])).toBe(listed.length);
      expect(listed).toHaveLength(23);
      expect(Number(paged[2])).toBe(3);

      // A non-streamed generation through the fake Ollama.
      expect(line(/^generation: "(.+)" \((\S+), (\d+) tokens\)$/m)[1]!.length).toBeGreaterThan(0);

      // The goal exists with the step limit asked for and the other limits' defaults.
      const goalId = line(/^goal (\S+): /m)[1]!;
      const goal = await api<{ budget: Record<string, number> }>("GET", `/sage/goals/${goalId}`);
      expect(goal.budget).toEqual({ maxSteps: 2, maxTokens: 20_000, maxSeconds: 300 });

      // The imported copies exist, in the copy's domain, linked as the originals were.
      const knowledge = line(
        /^knowledge: exported (\d+) nodes and (\d+) edges from (\S+); imported (\d+) nodes and (\d+) edges into (\S+): (.+)$/m,
      );
      expect(knowledge.slice(1, 3)).toEqual(["2", "1"]);
      expect(knowledge.slice(4, 6)).toEqual(["2", "1"]);
      expect(knowledge[6]).toBe(`${knowledge[3]}-copy`);
      const importedIds = knowledge[7]!.split(", ");
      expect(importedIds).toHaveLength(2);
      const labels: string[] = [];
      for (const id of importedIds) {
        const { node } = await api<{ node: { domain: string; label: string } }>(
          "GET",
          `/knowledge/nodes/${id}`,
        );
        expect(node.domain).toBe(knowledge[6]);
        labels.push(node.label);
      }
      expect(labels.sort()).toEqual(["Disk full", "Failed writes"]);
      const neighbours = await api<{ nodes: { id: string }[] }>(
        "GET",
        `/knowledge/nodes/${importedIds[0]}/neighbors`,
      );
      expect(neighbours.nodes.map((n) => n.id)).toContain(importedIds[1]);

      // The conditional update went through once; the stale one was refused.
      const update = line(
        /^module (\S+): version (\d+) -> (\d+) with If-Match "(\d+)"; the same If-Match again is (.+)$/m,
      );
      expect(Number(update[3])).toBe(Number(update[2]) + 1);
      expect(update[5]).toBe("refused: 409 CONFLICT");
      const modules = await api<{ slug: string; version: number; description: string }[]>(
        "GET",
        "/modules?limit=100",
      );
      const changed = modules.find((m) => m.slug === update[1]);
      expect(changed?.version).toBe(Number(update[3]));
      expect(changed?.description).toMatch(/^Checked by the sample at /);

      // The message posted twice with one key is in the room once.
      const posted = line(
        /^room (\S+): message (\S+) posted twice with one Idempotency-Key \((\d+), then (\d+) (.+)\); stored (\d+) time\(s\)$/m,
      );
      expect(posted.slice(3, 6)).toEqual(["201", "200", "the same message"]);
      const messages = await api<{ id: string; body: string }[]>(
        "GET",
        `/rooms/${posted[1]}/messages?limit=100`,
      );
      const same = messages.filter((m) => m.body === "Deploy checks are green.");
      expect(same.map((m) => m.id)).toEqual([posted[2]]);
    });
  });
});
