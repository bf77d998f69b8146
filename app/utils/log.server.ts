import { type Logger, pino } from "pino";
import { currentRequestId } from "./request-context.server.ts";

export type { Logger };

/** Paths whose values never reach a log line, wherever they appear. */
export const redactedPaths = [
  "password",
  "*.password",
  "token",
  "*.token",
  "secret",
  "*.secret",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "headers.cookie",
  "*.headers.authorization",
  "*.headers.cookie",
  "*.*.password",
  "*.*.token",
  "passwordHash",
  "*.passwordHash",
  "accessToken",
  "*.accessToken",
  "refreshToken",
  "*.refreshToken",
  "cookie",
  "*.cookie",
  "apiKey",
  "*.apiKey",
];

export interface LoggerOptions {
  level: string;
  /** JSON for machines (production), readable lines for people (development). */
  format: "json" | "pretty";
  destination?: NodeJS.WritableStream;
}

export async function createLogger(options: LoggerOptions): Promise<Logger> {
  const base = {
    level: options.level,
    base: { service: "nexus" },
    redact: { paths: redactedPaths, censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Every line written while a request is served carries its id (a line's own wins).
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  if (options.format === "pretty") {
    // pino-pretty is a development dependency: fall back to JSON where it is not installed.
    try {
      const { default: pretty } = await import("pino-pretty");
      return pino(
        base,
        pretty({
          sync: true,
          colorize: true,
          ignore: "pid,hostname,service",
          translateTime: "HH:MM:ss.l",
          destination: options.destination as never,
        }),
      );
    } catch {
      // JSON below
    }
  }
  return options.destination ? pino(base, options.destination as never) : pino(base);
}
