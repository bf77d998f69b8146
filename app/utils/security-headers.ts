/** How a page's answer may be treated: the nonce its scripts carry, and whether to pin HTTPS. */
export interface SecurityHeaderOptions {
  nonce: string;
  /**
   * Send Strict-Transport-Security. Only for an answer that went out over HTTPS: browsers ignore
   * the header over plain HTTP, and a proxy that terminates TLS may still be reached over HTTP
   * on a LAN, which must keep working (see `hstsFor`).
   */
  hsts: boolean;
}

/**
 * Whether this request came over HTTPS, in production: `request.url` is built from Express's
 * `req.protocol`, which honours X-Forwarded-Proto only from the trusted proxy (loopback, see
 * server.ts). Outside production nothing is pinned, so a developer's localhost behind a TLS
 * proxy is not held to HTTPS for a year.
 */
export function hstsFor(request: Request, production: boolean): boolean {
  return production && new URL(request.url).protocol === "https:";
}

/**
 * Headers on every HTML response. Scripts run only with this response's nonce
 * ('strict-dynamic' lets Remix's lazily loaded route chunks through); nothing may frame NEXUS.
 */
export function securityHeaders({ nonce, hsts }: SecurityHeaderOptions): Record<string, string> {
  const realtime = "ws: wss:";
  const csp = [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${realtime}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(hsts ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
