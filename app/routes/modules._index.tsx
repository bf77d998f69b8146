import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod/v4";
import { requireUser } from "#app/accounts/auth.server.ts";
import { ModuleStatusBadge, PercentBar, UtcTime } from "#app/components/module-form.tsx";
import { StatusButton } from "#app/components/ui/button.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { SelectField } from "#app/components/ui/input.tsx";
import { Table, Td, THead, Th } from "#app/components/ui/table.tsx";
import {
  listModulesSorted,
  type ModuleSortKey,
  moduleKinds,
  moduleSortKeys,
  toPublicModule,
} from "#app/modules/modules.server.ts";
import { kindSchema, moduleStatuses, moduleStatusSchema } from "#app/modules/schemas.ts";
import { can } from "#app/utils/permissions.ts";

export const meta: MetaFunction = () => [{ title: "Modules · NEXUS" }];

type SortDir = "asc" | "desc";

/** Figures read best largest first; words alphabetically. */
const firstDir: Record<ModuleSortKey, SortDir> = {
  name: "asc",
  status: "asc",
  kind: "asc",
  load: "desc",
  integrationLevel: "desc",
  updatedAt: "desc",
};

const sortLabels: Record<ModuleSortKey, string> = {
  name: "name",
  status: "status",
  kind: "kind",
  load: "load",
  integrationLevel: "integration level",
  updatedAt: "last change",
};

/**
 * Each query parameter on its own: a bad one is dropped (and mentioned), never a 500. (Built in
 * the loader's code only: `moduleSortKeys` comes from a .server module, absent in the browser.)
 */
function readQuery(url: URL) {
  const paramSchemas = {
    status: moduleStatusSchema,
    kind: kindSchema,
    sort: z.enum(moduleSortKeys),
    dir: z.enum(["asc", "desc"]),
  };
  const ignored: string[] = [];
  const read = <K extends keyof typeof paramSchemas>(key: K) => {
    const raw = url.searchParams.get(key);
    if (raw === null || raw === "" || raw === "any") return undefined;
    const parsed = paramSchemas[key].safeParse(raw);
    if (!parsed.success) ignored.push(key);
    return parsed.success ? (parsed.data as z.output<(typeof paramSchemas)[K]>) : undefined;
  };
  const status = read("status");
  const kind = read("kind");
  const sort = read("sort") ?? "name";
  const dir = read("dir") ?? firstDir[sort];
  return { filter: { status, kind }, sort, dir, ignored };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const { services } = context;
  const query = readQuery(new URL(request.url));
  const [rows, kinds] = await Promise.all([
    listModulesSorted(services, query.filter, { key: query.sort, dir: query.dir }),
    moduleKinds(services),
  ]);
  return {
    modules: rows.map(toPublicModule),
    kinds,
    query: {
      status: query.filter.status ?? null,
      kind: query.filter.kind ?? null,
      sort: query.sort,
      dir: query.dir,
    },
    ignored: query.ignored,
    canWrite: can(actor.role, "write"),
  };
}

type Query = ReturnType<typeof useLoaderData<typeof loader>>["query"];

function queryString(query: Query, changes: Partial<Query> = {}) {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  if (merged.status) params.set("status", merged.status);
  if (merged.kind) params.set("kind", merged.kind);
  params.set("sort", merged.sort);
  params.set("dir", merged.dir);
  return `?${params}`;
}

function SortableTh({
  column,
  label,
  query,
  className,
}: {
  column: ModuleSortKey;
  label: string;
  query: Query;
  className?: string;
}) {
  const active = query.sort === column;
  const next: SortDir = active ? (query.dir === "asc" ? "desc" : "asc") : firstDir[column];
  return (
    <Th
      className={className}
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link
        to={queryString(query, { sort: column, dir: next })}
        preventScrollReset
        className="inline-flex items-center gap-1 whitespace-nowrap hover:text-slate-900 hover:underline dark:hover:text-slate-100"
      >
        {label}
        <span aria-hidden="true" className="w-3 text-center">
          {active ? (query.dir === "asc" ? "▲" : "▼") : ""}
        </span>
        <span className="sr-only">, sort {next === "asc" ? "ascending" : "descending"}</span>
      </Link>
    </Th>
  );
}

function FilterForm({ query, kinds }: { query: Query; kinds: string[] }) {
  const navigation = useNavigation();
  const filtering = navigation.state === "loading" && navigation.formMethod === "GET";
  return (
    <Form
      method="get"
      className="flex flex-wrap items-end gap-3"
      aria-label="Filter modules"
      preventScrollReset
    >
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <SelectField
        label="Status"
        className="w-full sm:w-44"
        selectProps={{ name: "status", defaultValue: query.status ?? "any" }}
      >
        <option value="any">any</option>
        {moduleStatuses.map((status) => (
          <option key={status} value={status}>
            {status}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Kind"
        className="w-full sm:w-52"
        selectProps={{ name: "kind", defaultValue: query.kind ?? "any" }}
      >
        <option value="any">any</option>
        {query.kind && !kinds.includes(query.kind) ? (
          <option value={query.kind}>{query.kind}</option>
        ) : null}
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {kind}
          </option>
        ))}
      </SelectField>
      <div className="flex items-center gap-2">
        <StatusButton type="submit" variant="secondary" pending={filtering}>
          Filter
        </StatusButton>
        {query.status || query.kind ? (
          <Link
            to={queryString(query, { status: null, kind: null })}
            className="px-2 text-sm text-brand-600 underline dark:text-brand-100"
          >
            Clear filters
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

export default function Modules() {
  const { modules, kinds, query, ignored, canWrite } = useLoaderData<typeof loader>();
  const filtered = Boolean(query.status || query.kind);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Modules</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            The components of the AI system, their state and their figures.
          </p>
        </div>
        {canWrite ? (
          <Link
            to="/modules/new"
            className="inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
          >
            Register a module
          </Link>
        ) : null}
      </div>

      <Card>
        <FilterForm query={query} kinds={kinds} />
        {ignored.length > 0 ? (
          <p role="status" className="mt-3 text-sm text-amber-800 dark:text-amber-300">
            {ignored.length === 1 ? "Ignored a value" : "Ignored values"} the page does not
            understand ({ignored.join(", ")}); showing the defaults instead.
          </p>
        ) : null}
      </Card>

      <Card aria-labelledby="modules-heading">
        <h2 id="modules-heading" className="sr-only">
          Registered modules
        </h2>
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          {modules.length === 1 ? "1 module" : `${modules.length} modules`}
          {filtered ? (modules.length === 1 ? " matches the filter" : " match the filter") : ""}
        </p>
        {modules.length === 0 ? (
          <p className="py-8 text-center text-sm text-slate-600 dark:text-slate-400">
            {filtered
              ? "No module matches this filter."
              : canWrite
                ? "No modules yet. Register the first one to start watching it."
                : "No modules yet. An operator or admin can register them."}
          </p>
        ) : (
          // relative: screen-reader-only text must stay inside the sideways scroll on a phone.
          <Table className="relative">
            <caption className="sr-only">
              Modules, sorted by {sortLabels[query.sort]}{" "}
              {query.dir === "asc" ? "ascending" : "descending"}
            </caption>
            <THead>
              <tr>
                <SortableTh column="name" label="Name" query={query} />
                <SortableTh column="status" label="Status" query={query} />
                <SortableTh column="kind" label="Kind" query={query} />
                <SortableTh column="load" label="Load" query={query} />
                <SortableTh column="integrationLevel" label="Integration" query={query} />
                <Th className="whitespace-nowrap">Last probe</Th>
                <SortableTh column="updatedAt" label="Updated" query={query} />
              </tr>
            </THead>
            <tbody>
              {modules.map((module) => (
                <tr key={module.id} className="hover:bg-slate-50 dark:hover:bg-slate-800/40">
                  <Td>
                    <Link
                      to={`/modules/${module.id}`}
                      className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100"
                    >
                      {module.name}
                    </Link>
                    <div className="font-mono text-xs text-slate-600 dark:text-slate-400">
                      {module.slug}
                    </div>
                  </Td>
                  <Td>
                    <ModuleStatusBadge status={module.status} />
                  </Td>
                  <Td className="whitespace-nowrap">{module.kind}</Td>
                  <Td>
                    <PercentBar value={module.load} kind="load" label="Load" />
                  </Td>
                  <Td>
                    <PercentBar
                      value={module.integrationLevel}
                      kind="level"
                      label="Integration level"
                    />
                  </Td>
                  <Td className="font-mono text-xs whitespace-nowrap">
                    {module.lastProbe ? (
                      module.lastProbe.ok ? (
                        `${module.lastProbe.latencyMs ?? "?"} ms`
                      ) : (
                        <span className="text-red-700 dark:text-red-400">failed</span>
                      )
                    ) : (
                      <span className="text-slate-600 dark:text-slate-400">
                        {module.healthEndpoint ? (
                          "not yet"
                        ) : (
                          <>
                            <span aria-hidden="true">—</span>
                            <span className="sr-only">no health endpoint</span>
                          </>
                        )}
                      </span>
                    )}
                  </Td>
                  <Td>
                    <UtcTime iso={module.updatedAt} seconds={false} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
