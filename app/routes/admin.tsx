import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "#app/accounts/auth.server.ts";
import { cacheReport } from "#app/cache/report.server.ts";
import { Badge } from "#app/components/ui/badge.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { Table, Td, THead, Th } from "#app/components/ui/table.tsx";

export const meta: MetaFunction = () => [{ title: "Administration · NEXUS" }];

/** Runtime internals for admins: today the cache, its rate limits and leases. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "flags:manage");
  return { cache: await cacheReport(context.services) };
}

const percent = (ratio: number | null) => (ratio === null ? "–" : `${(ratio * 100).toFixed(1)} %`);

export default function Admin() {
  const { cache } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Administration</h1>
      <Card aria-labelledby="cache-panel">
        <CardHeader
          title={<span id="cache-panel">Cache</span>}
          description={`Back end: ${cache.backend} · rate limits: ${cache.rateLimits.backend} · leases: ${cache.leases.backend} · figures since ${cache.since.slice(0, 19).replace("T", " ")} UTC, this instance only`}
          actions={
            <Badge tone={cache.healthy ? "ok" : "error"}>
              {cache.healthy ? "healthy" : "failing (serving from the source)"}
            </Badge>
          }
        />
        {cache.failures.total > 0 ? (
          <p className="mb-3 text-sm text-red-700 dark:text-red-400">
            {cache.failures.total} failed back-end calls
            {cache.failures.lastError ? `; last: ${cache.failures.lastError}` : ""}
          </p>
        ) : null}
        <Table>
          <THead>
            <tr>
              <Th>Cache</Th>
              <Th className="text-right">Hits</Th>
              <Th className="text-right">Misses</Th>
              <Th className="text-right">Hit ratio</Th>
              <Th className="text-right">Errors</Th>
              <Th className="text-right">Joined in flight</Th>
              <Th className="text-right">Mean lookup</Th>
              <Th className="text-right">Slowest</Th>
            </tr>
          </THead>
          <tbody>
            {cache.caches.length === 0 ? (
              <tr>
                <Td colSpan={8}>No cache has been used yet.</Td>
              </tr>
            ) : (
              cache.caches.map((c) => (
                <tr key={c.name}>
                  <Td className="font-mono">{c.name}</Td>
                  <Td className="text-right tabular-nums">{c.hits}</Td>
                  <Td className="text-right tabular-nums">{c.misses}</Td>
                  <Td className="text-right tabular-nums">{percent(c.hitRatio)}</Td>
                  <Td className="text-right tabular-nums">{c.errors}</Td>
                  <Td className="text-right tabular-nums">{c.coalesced}</Td>
                  <Td className="text-right tabular-nums">
                    {c.latency.count ? `${(c.latency.sumMs / c.latency.count).toFixed(2)} ms` : "–"}
                  </Td>
                  <Td className="text-right tabular-nums">{c.latency.maxMs.toFixed(2)} ms</Td>
                </tr>
              ))
            )}
          </tbody>
        </Table>
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
          The same figures, for scripts: <code>GET /api/v1/admin/cache</code>.
        </p>
      </Card>
    </div>
  );
}
