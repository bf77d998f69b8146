/** A resource route shaped like NEXUS's /api/v1/health answer, without its envelope code. */
export function loader() {
  return Response.json(
    { status: "ok", uptimeSeconds: Math.round(process.uptime()) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
