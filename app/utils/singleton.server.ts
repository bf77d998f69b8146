const store = Symbol.for("nexus.singletons");

/**
 * Module-level state that is one per process, however many copies of its module are loaded: the
 * server build and the source a test or a tool imports next to it, or a build that development
 * re-imports after a change. The first copy to ask makes the value; every later copy gets it.
 * Error classes stay per copy; state (registries of running work, caches, metrics) must not.
 */
export function singleton<T>(name: string, make: () => T): T {
  const holder = globalThis as typeof globalThis & { [store]?: Map<string, unknown> };
  holder[store] ??= new Map();
  const values = holder[store];
  if (!values.has(name)) values.set(name, make());
  return values.get(name) as T;
}
