/**
 * The minimal app the benchmark compares NEXUS with: the same compiler, server format and
 * future flags as the main remix.config.js, without NEXUS's CSS pipeline (it has no styles).
 * `remix build` here needs a package.json (the compiler reads it), not an install: everything
 * resolves from the repository's node_modules.
 */
/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*"],
  serverModuleFormat: "esm",
  serverBuildPath: "build/server/index.js",
  serverPlatform: "node",
  postcss: false,
  tailwind: false,
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
