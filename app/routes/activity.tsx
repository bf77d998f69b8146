import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { requireUser } from "#app/accounts/auth.server.ts";
import { listUsers } from "#app/accounts/users.server.ts";
import {
  type ActivityQuery,
  activityQuerySchema,
  listActivity,
  toPublicActivity,
} from "#app/activity/activity.server.ts";
import { activityFamilies } from "#app/activity/families.ts";
import { ActivityList } from "#app/components/module-form.tsx";
import { StatusButton } from "#app/components/ui/button.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { ErrorList, Field, SelectField } from "#app/components/ui/input.tsx";
import { listModulesSorted } from "#app/modules/modules.server.ts";

export const meta: MetaFunction = () => [{ title: "Activity · NEXUS" }];

const PAGE_SIZE = 50;

/** Type families people filter by; a full type (from a link) is kept as its own option. */
const typePrefixes = activityFamilies.map((family) => ({
  value: family.value,
  label: `${family.label} (${family.value})`,
}));

const filterKeys = ["type", "moduleId", "actorId", "from", "to"] as const;
type Filters = Partial<Record<(typeof filterKeys)[number], string>>;

const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/** A datetime-local value has no zone: NEXUS reads it as UTC. Full ISO values pass unchanged. */
const asUtc = (value: string | undefined) =>
  value && localDateTime.test(value) ? `${value}Z` : value;

/** What a datetime-local input can show for a filter value (UTC, to the second). */
function forInput(value: string | undefined): string {
  if (!value) return "";
  if (localDateTime.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 19);
}

/**
 * The query, checked with the API's own schema. Anything it refuses leaves the feed unfiltered,
 * with the reasons shown, rather than failing the page.
 */
function readQuery(url: URL) {
  const filters: Filters = {};
  for (const key of filterKeys) {
    const value = url.searchParams.get(key)?.trim();
    if (value && value !== "any") filters[key] = value;
  }
  const cursor = url.searchParams.get("cursor") || undefined;
  const parsed = activityQuerySchema.safeParse({
    limit: PAGE_SIZE,
    cursor,
    ...filters,
    from: asUtc(filters.from),
    to: asUtc(filters.to),
  });
  const errors = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  if (parsed.success && parsed.data.from && parsed.data.to) {
    if (new Date(parsed.data.from) > new Date(parsed.data.to)) {
      errors.push("“From” is after “to”.");
    }
  }
  if (errors.length > 0 || !parsed.success) {
    const unfiltered: ActivityQuery = { limit: PAGE_SIZE };
    return { query: unfiltered, filters: {}, cursor: undefined, errors };
  }
  return { query: parsed.data, filters, cursor, errors };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  const { services } = context;
  const db = services.database.db;
  const { query, filters, cursor, errors } = readQuery(new URL(request.url));
  const [page, modules, users] = await Promise.all([
    listActivity(db, query),
    listModulesSorted(services, {}, { key: "name", dir: "asc" }),
    listUsers(db, { limit: 100 }),
  ]);
  return {
    items: page.items.map(toPublicActivity),
    nextCursor: page.nextCursor,
    filters,
    paged: Boolean(cursor),
    errors,
    modules: modules.map((m) => ({ id: m.id, name: m.name })),
    actors: users.items.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` })),
  };
}

function withFilters(filters: Filters, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default function Activity() {
  const { items, nextCursor, filters, paged, errors, modules, actors } =
    useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const filtering = navigation.state === "loading" && navigation.formMethod === "GET";
  const moduleNames = Object.fromEntries(modules.map((m) => [m.id, m.name]));
  const hasFilters = filterKeys.some((key) => filters[key]);
  const knownType = !filters.type || typePrefixes.some((t) => t.value === filters.type);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Activity</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Who did what, newest first. Times are in UTC.
        </p>
      </div>

      <Card>
        <Form
          method="get"
          aria-label="Filter activity"
          className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5"
        >
          <SelectField
            label="Type"
            selectProps={{ name: "type", defaultValue: filters.type ?? "" }}
          >
            <option value="">any</option>
            {typePrefixes.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
            {!knownType && filters.type ? (
              <option value={filters.type}>{filters.type}</option>
            ) : null}
          </SelectField>
          <SelectField
            label="Module"
            selectProps={{ name: "moduleId", defaultValue: filters.moduleId ?? "" }}
          >
            <option value="">any</option>
            {filters.moduleId && !moduleNames[filters.moduleId] ? (
              <option value={filters.moduleId}>removed module</option>
            ) : null}
            {modules.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Who"
            selectProps={{ name: "actorId", defaultValue: filters.actorId ?? "" }}
          >
            <option value="">anyone</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </SelectField>
          <Field
            label="From (UTC)"
            hint="Date and time, read as UTC."
            inputProps={{
              name: "from",
              type: "datetime-local",
              step: 1,
              defaultValue: forInput(filters.from),
            }}
          />
          <Field
            label="To (UTC)"
            hint="Date and time, read as UTC."
            inputProps={{
              name: "to",
              type: "datetime-local",
              step: 1,
              defaultValue: forInput(filters.to),
            }}
          />
          <div className="flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-5">
            <StatusButton type="submit" variant="secondary" pending={filtering}>
              Filter
            </StatusButton>
            {hasFilters ? (
              <Link
                to="/activity"
                className="px-2 text-sm text-brand-600 underline dark:text-brand-100"
              >
                Clear filters
              </Link>
            ) : null}
          </div>
        </Form>
        {errors.length > 0 ? (
          <div
            role="alert"
            className="mt-4 rounded-md border border-red-600 bg-red-50 p-3 text-sm dark:border-red-500 dark:bg-red-950/40"
          >
            <p className="font-medium">The filter was not understood, so everything is shown.</p>
            <ErrorList errors={errors} />
          </div>
        ) : null}
      </Card>

      <Card aria-labelledby="feed-heading">
        <h2 id="feed-heading" className="mb-3 text-base font-semibold">
          {hasFilters ? "Matching activity" : "All activity"}
          {paged ? (
            <span className="font-normal text-slate-600 dark:text-slate-400"> · older</span>
          ) : null}
        </h2>
        <ActivityList
          items={items}
          moduleNames={moduleNames}
          empty={hasFilters ? "Nothing matches this filter." : "Nothing has happened yet."}
        />
        {nextCursor || paged ? (
          <nav
            aria-label="Pages"
            className="mt-4 flex flex-wrap gap-3 border-t border-slate-100 pt-3 text-sm dark:border-slate-800"
          >
            {paged ? (
              <Link
                to={withFilters(filters) || "/activity"}
                className="text-brand-600 underline dark:text-brand-100"
              >
                ← Newest
              </Link>
            ) : null}
            {nextCursor ? (
              <Link
                to={withFilters(filters, { cursor: nextCursor })}
                className="text-brand-600 underline dark:text-brand-100"
              >
                Older →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
