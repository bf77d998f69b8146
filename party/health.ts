/** Answers the app's readiness probe; any path outside /parties/ that is not /health is a 404. */
export function handleHealth(req: { url: string }): Response {
  const url = new URL(req.url);
  if (url.pathname === "/health") {
    return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}
