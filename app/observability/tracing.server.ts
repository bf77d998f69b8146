import {
  type Attributes,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TimeInput,
  trace,
} from "@opentelemetry/api";

/**
 * OpenTelemetry tracing. The code makes spans through `tracer` everywhere (HTTP requests in
 * server.ts, queries in db/client.ts, cache calls, AI calls, realtime pushes); they are recorded
 * and exported over OTLP/HTTP only when OTEL_EXPORTER_OTLP_ENDPOINT is set and `startTracing` ran.
 * Otherwise the API's no-op tracer answers: no provider, no context manager, no exporter.
 *
 * No auto-instrumentation (and so no `--import` hook and no sdk-node): spans are made by hand at
 * the few points that matter, which keeps the names stable and the off state free.
 */
export const tracer = trace.getTracer("nexus");

/** Runs `fn` inside a span that is the active one for its duration (children nest under it). */
export async function withSpan<T>(
  name: string,
  attributes: Attributes,
  fn: (span: Span) => Promise<T>,
  kind: SpanKind = SpanKind.INTERNAL,
): Promise<T> {
  return tracer.startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** A span for work that already happened (an AI call recorded at its end). */
export function recordSpan(
  name: string,
  attributes: Attributes,
  start: TimeInput,
  end: TimeInput,
  failed = false,
): void {
  const span = tracer.startSpan(name, { kind: SpanKind.CLIENT, attributes, startTime: start });
  if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end(end);
}

export interface TracingOptions {
  /** OTLP/HTTP base URL, e.g. http://collector:4318 (spans go to <endpoint>/v1/traces). */
  endpoint: string;
  serviceName?: string;
  instanceId?: string;
}

/** Starts recording and exporting spans; the returned function flushes and stops. */
export async function startTracing(options: TracingOptions): Promise<() => Promise<void>> {
  const [
    { NodeTracerProvider, BatchSpanProcessor },
    { OTLPTraceExporter },
    { resourceFromAttributes },
  ] = await Promise.all([
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/resources"),
  ]);
  const exporter = new OTLPTraceExporter({
    url: `${options.endpoint.replace(/\/+$/, "")}/v1/traces`,
  });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      "service.name": options.serviceName ?? "nexus",
      ...(options.instanceId ? { "service.instance.id": options.instanceId } : {}),
    }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  provider.register();
  return async () => {
    await provider.shutdown();
    trace.disable();
  };
}
