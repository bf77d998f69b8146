import {
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { getActor, takeToast } from "./accounts/auth.server.ts";
import { Toaster } from "./components/ui/toast.tsx";
import { type EmergencyState, getEmergencyState } from "./emergency/emergency.server.ts";
import { countOpenReviews } from "./reviews/reviews.server.ts";
import tailwind from "./tailwind.css";
import { cn } from "./utils/cn.ts";
import { useNonce } from "./utils/nonce.tsx";
import { can, type Permission, type Role } from "./utils/permissions.ts";
import { getTheme, type Theme } from "./utils/theme.server.ts";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: tailwind },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [
  { title: "NEXUS" },
  { name: "description", content: "Operations hub for AI systems on local models" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await getActor(request, context).catch(() => null);
  const [theme, emergency, openReviews, flash] = await Promise.all([
    getTheme(request),
    // Only people who are signed in learn whether AI work is paused.
    actor ? getEmergencyState(context.services).catch(() => null) : null,
    // The navigation's badge: how many review requests wait for a person.
    actor ? countOpenReviews(context.services).catch(() => null) : null,
    // A toast an action left for this page, whichever page the redirect reached.
    takeToast(request, context.services).catch(() => ({ toast: null, headers: undefined })),
  ]);
  return data(
    {
      theme,
      emergency,
      user: actor ? { name: actor.user.name, email: actor.user.email, role: actor.role } : null,
      openReviews,
      toast: flash.toast,
    },
    { headers: flash.headers },
  );
}

/** Pages that exist, and who may see each; the navigation never links anywhere else. */
const navigation: {
  to: string;
  label: string;
  end?: boolean;
  reload?: boolean;
  permission?: Permission;
}[] = [
  { to: "/", label: "Dashboard", end: true, permission: "read" },
  { to: "/modules", label: "Modules", permission: "read" },
  { to: "/activity", label: "Activity", permission: "read" },
  { to: "/alerts", label: "Alerts", permission: "read" },
  { to: "/emergency", label: "Emergency", permission: "read" },
  { to: "/sage", label: "SAGE", end: true, permission: "read" },
  { to: "/sage/goals", label: "Goals", permission: "read" },
  { to: "/reviews", label: "Reviews", permission: "read" },
  { to: "/rooms", label: "Rooms", permission: "read" },
  { to: "/knowledge", label: "Knowledge", permission: "read" },
  { to: "/users", label: "Users", permission: "users:manage" },
  { to: "/admin", label: "Admin", permission: "flags:manage" },
  { to: "/flags", label: "Flags", permission: "flags:manage" },
  { to: "/settings/tokens", label: "API tokens", permission: "read" },
  { to: "/api/docs", label: "API reference", reload: true },
];

/** Sets the dark class before first paint when the theme follows the system, so nothing flashes. */
function ThemeScript({ theme }: { theme: Theme }) {
  const nonce = useNonce();
  if (theme !== "system") return null;
  return (
    <script
      nonce={nonce}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed string, no user input
      dangerouslySetInnerHTML={{
        __html:
          "document.documentElement.classList.toggle('dark', matchMedia('(prefers-color-scheme: dark)').matches)",
      }}
    />
  );
}

function ThemeSwitch({ theme }: { theme: Theme }) {
  const location = useLocation();
  const next: Theme = theme === "system" ? "light" : theme === "light" ? "dark" : "system";
  return (
    <Form method="post" action="/theme" preventScrollReset>
      <input type="hidden" name="theme" value={next} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button
        type="submit"
        className="rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800"
        title={`Theme: ${theme}. Switch to ${next}.`}
      >
        <span aria-hidden="true">{theme === "dark" ? "☾" : theme === "light" ? "☀" : "◐"}</span>
        <span className="sr-only">{`Theme: ${theme}. Switch to ${next}`}</span>
      </button>
    </Form>
  );
}

type ShellUser = { name: string; email: string; role: Role } | null;

function UserMenu({ user }: { user: NonNullable<ShellUser> }) {
  return (
    <div className="flex items-center gap-2 text-sm">
      <span className="hidden text-slate-700 sm:inline dark:text-slate-300">
        {user.name} <span className="text-slate-600 dark:text-slate-400">({user.role})</span>
      </span>
      <Form method="post" action="/logout">
        <button
          type="submit"
          className="rounded-md px-2 py-1 text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          Sign out
        </button>
      </Form>
    </div>
  );
}

/** On every page while AI work is not running normally. */
function EmergencyBanner({ state }: { state: EmergencyState }) {
  const stopped = state.mode === "stopped";
  return (
    <div
      role="alert"
      data-testid="emergency-banner"
      className={cn(
        "border-b px-4 py-2 text-center text-sm font-medium",
        stopped
          ? "border-red-800 bg-red-700 text-white"
          : "border-amber-500 bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
      )}
    >
      All AI work is {state.mode}
      {state.reason ? `: ${state.reason}` : ""}
      {state.by ? ` (by ${state.by})` : ""}.{" "}
      <Link to="/emergency" className="underline">
        Emergency controls
      </Link>
    </div>
  );
}

function Shell({
  theme,
  user,
  emergency,
  openReviews,
  children,
}: {
  theme: Theme;
  user: ShellUser;
  emergency: EmergencyState | null;
  openReviews: number | null;
  children: ReactNode;
}) {
  const visible = navigation.filter(
    (item) => !item.permission || (user !== null && can(user.role, item.permission)),
  );
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link to="/" className="flex items-center gap-2 font-semibold tracking-tight">
            <img src="/favicon.svg" alt="" className="size-6" />
            NEXUS
          </Link>
          <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
            <ul className="flex flex-wrap gap-1">
              {visible.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end={item.end}
                    reloadDocument={item.reload}
                    className={({ isActive }) =>
                      cn(
                        "block rounded-md px-3 py-1.5 text-sm whitespace-nowrap",
                        isActive
                          ? "bg-brand-50 font-medium text-brand-700 dark:bg-brand-700/30 dark:text-brand-100"
                          : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
                      )
                    }
                  >
                    {item.label}
                    {item.to === "/reviews" && openReviews ? (
                      <span
                        data-testid="open-reviews-badge"
                        className="ml-1.5 rounded-full bg-amber-500 px-1.5 py-0.5 text-xs font-semibold text-amber-950"
                      >
                        {openReviews > 99 ? "99+" : openReviews}
                        <span className="sr-only"> open</span>
                      </span>
                    ) : null}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <ThemeSwitch theme={theme} />
            {user ? <UserMenu user={user} /> : null}
          </div>
        </div>
      </header>
      {emergency && emergency.mode !== "normal" ? <EmergencyBanner state={emergency} /> : null}
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 py-4 text-center text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
        NEXUS · operations hub for AI systems on local models
      </footer>
    </div>
  );
}

/**
 * Pages whose route says `handle = { bare: true }` (the public status page) are drawn without the
 * app's shell: no navigation, no account menu, no banners or toasts; the page brings its own.
 */
function useBare(): boolean {
  return useMatches().some((match) => (match.handle as { bare?: boolean } | undefined)?.bare);
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  const theme = root?.theme ?? "system";
  const nonce = useNonce();
  const bare = useBare();
  return (
    <html lang="en" className={theme === "dark" ? "dark" : undefined}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <ThemeScript theme={theme} />
        <Meta />
        <Links />
      </head>
      <body>
        {bare ? (
          children
        ) : (
          <>
            <Shell
              theme={theme}
              user={root?.user ?? null}
              emergency={root?.emergency ?? null}
              openReviews={root?.openReviews ?? null}
            >
              {children}
            </Shell>
            <Toaster toast={root?.toast ?? null} />
          </>
        )}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export { GeneralErrorBoundary as ErrorBoundary } from "./components/general-error-boundary.tsx";
