import { API_PREFIX } from "./api.server.ts";

/**
 * Marks an answer that is kept for the clients of an earlier design but has a successor: the
 * `Deprecation` header (RFC 9745: a structured date, `@` and Unix seconds, the moment the answer
 * became deprecated) and a `Link` to the operation to use instead (rel="successor-version",
 * RFC 5829). Such answers last one API version; the operation's description says what replaces
 * them.
 */
export function deprecatedAnswer(
  response: Response,
  { since, successor }: { since: Date; successor: string },
): Response {
  response.headers.set("Deprecation", `@${Math.floor(since.getTime() / 1000)}`);
  response.headers.append("Link", `<${API_PREFIX}${successor}>; rel="successor-version"`);
  return response;
}
