import { afterEach, describe, expect, it, vi } from "vitest";
import { everyInterval } from "#app/utils/periodic.server.ts";

afterEach(() => {
  vi.useRealTimers();
});

describe("everyInterval", () => {
  it("skips a tick while the previous one still runs, and runs again once it ends", async () => {
    vi.useFakeTimers();
    let release: () => void = () => {};
    let started = 0;
    const stop = everyInterval({
      everyMs: 100,
      tick: () => {
        started += 1;
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
      onError: () => {},
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toBe(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(started).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toBe(2);
    release();
    await stop();
  });

  it("hands a failing tick to onError and keeps going", async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    let calls = 0;
    const stop = everyInterval({
      everyMs: 50,
      tick: async () => {
        calls += 1;
        if (calls === 1) throw new Error("first fails");
      },
      onError: (error) => errors.push(error),
    });
    await vi.advanceTimersByTimeAsync(120);
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe("first fails");
    await stop();
  });

  it("runs the first tick after firstAfterMs, not a whole interval", async () => {
    vi.useFakeTimers();
    let calls = 0;
    const stop = everyInterval({
      everyMs: 1_000,
      firstAfterMs: 10,
      tick: async () => {
        calls += 1;
      },
      onError: () => {},
    });
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toBe(1);
    await stop();
  });

  it("stop waits for the tick in flight and no tick starts after it", async () => {
    vi.useFakeTimers();
    let finished = false;
    let calls = 0;
    const stop = everyInterval({
      everyMs: 10,
      tick: async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
        finished = true;
      },
      onError: () => {},
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toBe(1);
    const stopping = stop();
    await vi.advanceTimersByTimeAsync(60);
    await stopping;
    expect(finished).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toBe(1);
  });
});
