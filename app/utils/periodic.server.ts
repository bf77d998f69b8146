/**
 * The loop of a background job: `tick` every `everyMs`, never two at once (a tick still running
 * when the next is due is skipped, not queued), the first after `firstAfterMs` (one interval by
 * default). A tick that fails goes to `onError` and the next one runs as usual. The timers never
 * keep the process alive. Returns a function that stops the loop and waits for a tick in flight.
 */
export function everyInterval(options: {
  everyMs: number;
  firstAfterMs?: number;
  tick: () => Promise<void>;
  onError: (error: unknown) => void;
}): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = options
      .tick()
      .catch(options.onError)
      .finally(() => {
        running = null;
      });
  };
  const first =
    options.firstAfterMs === undefined ? undefined : setTimeout(run, options.firstAfterMs);
  first?.unref();
  const timer = setInterval(run, options.everyMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
