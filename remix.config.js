/** Remix 2 classic compiler (see docs/decisions/002-classic-compiler.md). */
/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  serverBuildPath: "build/server/index.js",
  serverPlatform: "node",
  // `#app/...` imports (package.json "imports") are our own source: bundle them like relative ones.
  serverDependenciesToBundle: [/^#/, /^remix-utils.*/, /^remix-auth.*/],
  postcss: true,
  // graphology (the knowledge graph view) extends EventEmitter from "events".
  browserNodeBuiltinsPolyfill: { modules: { events: true } },
  tailwind: false,
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
