import type { LoaderFunctionArgs } from "@remix-run/node";
import { hstsFor, securityHeaders } from "#app/utils/security-headers.ts";

/**
 * The interactive API reference, served entirely from the swagger-ui-dist package (no CDN).
 * A resource route skips entry.server, so it sets the page headers itself, with a CSP of its own.
 */
export function loader({ request, context }: LoaderFunctionArgs) {
  const nonce = context.nonce;
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>NEXUS API reference</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script nonce="${nonce}" src="/api/docs/swagger-ui-bundle.js"></script>
  <script nonce="${nonce}">
    window.ui = SwaggerUIBundle({
      url: "/api/v1/openapi.json",
      dom_id: "#swagger-ui",
      validatorUrl: null,
      deepLinking: true,
      tryItOutEnabled: true,
    });
  </script>
</body>
</html>`;
  return new Response(html, {
    headers: {
      ...securityHeaders({ nonce, hsts: hstsFor(request, context.services.config.isProduction) }),
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": [
        "default-src 'self'",
        `script-src 'nonce-${nonce}'`,
        // Swagger UI sets style attributes at run time.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
      ].join("; "),
      "Cache-Control": "no-cache",
    },
  });
}
