/** The release this build is; bumped with package.json. */
export const NEXUS_VERSION = "0.1.0";
