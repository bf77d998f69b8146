/**
 * Cross-site request refusal for cookie-authenticated writes. Browsers say where a request came
 * from (Sec-Fetch-Site, Origin); a write from another site is refused whatever cookie it carries.
 * Bearer-token requests are exempt: a browser never attaches those by itself. Requests with
 * neither header (curl, scripts) carry no ambient browser credentials worth forging.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function crossSiteRefusal(
  method: string,
  header: (name: string) => string | null | undefined,
  ownOrigin: string,
): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  if (/^bearer\s/i.test(header("authorization") ?? "")) return null;
  const site = header("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    return `Cross-site request refused (Sec-Fetch-Site: ${site}).`;
  }
  const origin = header("origin");
  if (origin && origin !== ownOrigin) {
    return `Cross-site request refused (Origin ${origin} is not ${ownOrigin}).`;
  }
  return null;
}
