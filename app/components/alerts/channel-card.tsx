import { Form } from "@remix-run/react";
import { kindLabels } from "#app/alerts/forms.ts";
import type { PublicChannel, PublicDelivery, TestResult } from "#app/alerts/schemas.ts";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { Table, Td, THead, Th } from "#app/components/ui/table.tsx";

const when = (iso: string) => iso.slice(0, 19).replace("T", " ");

function TestAnswer({ result }: { result: TestResult }) {
  return (
    <div
      role="status"
      className={
        result.delivered
          ? "rounded-md border border-emerald-600 bg-emerald-50 p-3 text-sm dark:bg-emerald-950/40"
          : "rounded-md border border-red-600 bg-red-50 p-3 text-sm dark:bg-red-950/40"
      }
    >
      <p className="font-medium">
        {result.delivered ? "Test delivered" : "Test not delivered"}
        {result.statusCode !== null ? ` (answered ${result.statusCode})` : ""} in{" "}
        {result.durationMs} ms.
      </p>
      {result.error && !/^answered \d{3}$/.test(result.error) ? <p>{result.error}</p> : null}
      {result.responseExcerpt ? (
        <pre className="mt-1 max-h-24 overflow-auto font-mono text-xs whitespace-pre-wrap break-all">
          {result.responseExcerpt}
        </pre>
      ) : null}
    </div>
  );
}

function DeliveryLog({ deliveries }: { deliveries: PublicDelivery[] }) {
  if (deliveries.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">Nothing sent yet.</p>;
  }
  return (
    <Table>
      <THead>
        <tr>
          <Th>Result</Th>
          <Th>When (UTC)</Th>
          <Th>Notification</Th>
          <Th>Attempt</Th>
          <Th>Took</Th>
          <Th>Answer</Th>
        </tr>
      </THead>
      <tbody>
        {deliveries.map((delivery) => (
          <tr key={delivery.id}>
            <Td className="whitespace-nowrap">
              <Badge tone={delivery.ok ? "ok" : "error"}>
                {delivery.ok ? "delivered" : "failed"}
                {delivery.statusCode !== null ? ` ${delivery.statusCode}` : ""}
              </Badge>
            </Td>
            <Td className="font-mono text-xs whitespace-nowrap">{when(delivery.createdAt)}</Td>
            <Td>
              <span className="block">{delivery.title}</span>
              <span className="text-xs text-slate-600 dark:text-slate-400">
                {delivery.eventType}
                {delivery.notificationStatus === "pending" ? " · will be retried" : ""}
                {delivery.notificationStatus === "failed" && delivery.eventType !== "test"
                  ? " · given up"
                  : ""}
              </span>
            </Td>
            <Td>{delivery.attempt}</Td>
            <Td className="font-mono text-xs whitespace-nowrap">{delivery.durationMs} ms</Td>
            <Td className="max-w-xs text-xs break-words">
              {delivery.error ?? delivery.responseExcerpt ?? ""}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** One channel: what it reaches, its buttons, and its latest delivery attempts. */
export function ChannelCard({
  channel,
  deliveries,
  canWrite,
  testResult,
}: {
  channel: PublicChannel;
  deliveries: PublicDelivery[];
  canWrite: boolean;
  /** The answer to this channel's test, when the person just sent one. */
  testResult?: TestResult | null;
}) {
  const headingId = `channel-${channel.id}`;
  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="channelId" value={channel.id} />
    </>
  );
  return (
    <Card aria-labelledby={headingId} className="space-y-3">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-base font-semibold break-words">
            {channel.name}
          </h3>
          <p className="text-sm break-all text-slate-600 dark:text-slate-400">{channel.target}</p>
        </div>
        <div className="flex flex-wrap gap-1">
          <Badge tone="info">{kindLabels[channel.kind]}</Badge>
          {channel.enabled ? null : <Badge tone="warning">off</Badge>}
        </div>
      </header>
      {testResult ? <TestAnswer result={testResult} /> : null}
      {canWrite ? (
        <div className="flex flex-wrap items-start gap-2">
          <Form method="post" preventScrollReset>
            {hidden("test")}
            <Button type="submit" size="sm" variant="secondary">
              Send a test<span className="sr-only"> to {channel.name}</span>
            </Button>
          </Form>
          {channel.kind === "webhook" ? (
            <Form method="post" preventScrollReset>
              {hidden("rotate")}
              <Button type="submit" size="sm" variant="secondary">
                New signing secret<span className="sr-only"> for {channel.name}</span>
              </Button>
            </Form>
          ) : null}
          <details className="text-sm">
            <summary className="inline-flex h-8 cursor-pointer items-center rounded-md px-3 font-medium text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950/40">
              Delete<span className="sr-only"> {channel.name}</span>…
            </summary>
            <div className="mt-2 max-w-sm rounded-md border border-red-200 p-3 dark:border-red-900/60">
              <p>
                This removes “{channel.name}”, what is still queued for it and its delivery log. The
                activity log keeps what happened.
              </p>
              <Form method="post" className="mt-2">
                {hidden("delete")}
                <Button type="submit" size="sm" variant="danger">
                  Yes, delete {channel.name}
                </Button>
              </Form>
            </div>
          </details>
        </div>
      ) : null}
      <details open={testResult ? true : undefined}>
        <summary className="cursor-pointer text-sm font-medium">
          Delivery log ({deliveries.length === 0 ? "empty" : `latest ${deliveries.length}`})
        </summary>
        <div className="mt-2">
          <DeliveryLog deliveries={deliveries} />
        </div>
      </details>
    </Card>
  );
}
