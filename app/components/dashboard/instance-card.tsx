import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { Table, Td, THead, Th } from "#app/components/ui/table.tsx";

function formatDuration(seconds: number): string {
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [d && `${d}d`, (d || h) && `${h}h`, (d || h || m) && `${m}m`, `${s}s`]
    .filter(Boolean)
    .join(" ");
}

/** This instance: its version, when it started, how long it has run, its realtime server. */
export function InstanceCard({
  version,
  startedAt,
  uptimeSeconds,
  realtime,
}: {
  version: string;
  startedAt: string;
  uptimeSeconds: number;
  realtime: string;
}) {
  return (
    <Card>
      <CardHeader title="This instance" description="Figures read from the running process." />
      <Table>
        <THead>
          <tr>
            <Th>Property</Th>
            <Th>Value</Th>
          </tr>
        </THead>
        <tbody>
          <tr>
            <Td>Version</Td>
            <Td className="font-mono">{version}</Td>
          </tr>
          <tr>
            <Td>Started</Td>
            <Td className="font-mono whitespace-nowrap">{startedAt}</Td>
          </tr>
          <tr>
            <Td>Uptime</Td>
            <Td className="font-mono">{formatDuration(uptimeSeconds)}</Td>
          </tr>
          <tr>
            <Td>Realtime server</Td>
            <Td className="font-mono">{realtime}</Td>
          </tr>
        </tbody>
      </Table>
    </Card>
  );
}
