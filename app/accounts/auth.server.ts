import { randomUUID } from "node:crypto";
import { type AppLoadContext, createCookieSessionStorage, redirect } from "@remix-run/node";
import { and, eq, gt, isNull } from "drizzle-orm";
import { Authenticator } from "remix-auth";
import { FormStrategy } from "remix-auth-form";
import {
  credentialEpoch,
  forgetCredentials,
  recallCredential,
  rememberCredential,
} from "#app/accounts/credential-cache.server.ts";
import { verifyPassword } from "#app/accounts/password.server.ts";
import { recallToken, type TokenCheck, verifyToken } from "#app/accounts/tokens.server.ts";
import { countUsers, findUserByEmail, type UserRow } from "#app/accounts/users.server.ts";
import { singleton } from "#app/utils/singleton.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import { userSessions, users } from "#db/schema/index.ts";
import { ApiError, apiErrors } from "../api/errors.ts";
import type { Config } from "../config/config.server.ts";
import { can, type Permission, type Role, tokenRole } from "../utils/permissions.ts";
import { type RateLimiter, retryAfterSeconds } from "../utils/rate-limit.server.ts";

/**
 * The one answer to "who is this, and may they do this?" for pages, actions and API routes.
 * Credentials: the session cookie (browsers) or `Authorization: Bearer nxs_...` (scripts).
 */

export interface Actor {
  user: Pick<UserRow, "id" | "email" | "name" | "role">;
  /** The role this request acts with: the user's, or lower for a narrower token. */
  role: Role;
  via: "session" | "token";
  tokenId?: string;
  sessionId?: string;
}

/** What sessions and sign-in read: the secrets, the users and sessions, the credential limits. */
export interface AccountDeps {
  config: Config;
  database: DatabaseHandle;
  rateLimiter: RateLimiter;
}

const SESSION_DAYS = 7;
const SESSION_MS = SESSION_DAYS * 24 * 60 * 60 * 1000;

type SessionData = { sessionId: string };
type FlashData = { toast: { tone: "success" | "error" | "info"; title: string } };

const storages = singleton(
  "session-storages",
  () =>
    new WeakMap<Config, ReturnType<typeof createCookieSessionStorage<SessionData, FlashData>>>(),
);

export function sessionStorage(services: AccountDeps) {
  let storage = storages.get(services.config);
  if (!storage) {
    storage = createCookieSessionStorage<SessionData, FlashData>({
      cookie: {
        name: "__nexus_session",
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        maxAge: SESSION_MS / 1000,
        // Newest first: the first signs, all of them verify (rotation without logging anyone out).
        secrets: services.config.secrets.session,
      },
    });
    storages.set(services.config, storage);
  }
  return storage;
}

/**
 * Secure whenever the request came over HTTPS (directly, or through a proxy on loopback that says
 * so in X-Forwarded-Proto). A production install reached over plain HTTP still works, and gets
 * HSTS the moment it is reached over HTTPS.
 */
function cookieOptions(request: Request) {
  return { secure: new URL(request.url).protocol === "https:" };
}

export function getSession(request: Request, services: AccountDeps) {
  return sessionStorage(services).getSession(request.headers.get("Cookie"));
}

export async function commitSession(
  request: Request,
  services: AccountDeps,
  session: Awaited<ReturnType<typeof getSession>>,
): Promise<string> {
  return sessionStorage(services).commitSession(session, cookieOptions(request));
}

/** Redirects with a one-time toast for the next page (kept in the session cookie's flash). */
export async function redirectWithToast(
  request: Request,
  services: AccountDeps,
  to: string,
  toast: FlashData["toast"],
): Promise<Response> {
  const session = await getSession(request, services);
  session.flash("toast", toast);
  return redirect(to, {
    headers: { "Set-Cookie": await commitSession(request, services, session) },
  });
}

/**
 * The toast an action left for the next page (a flash: read once), and the Set-Cookie header
 * that clears it. The root loader takes it, so it shows on whichever page the redirect reached.
 */
export async function takeToast(request: Request, services: AccountDeps) {
  const session = await getSession(request, services);
  const toast = session.get("toast");
  if (!toast) return { toast: null, headers: undefined };
  return {
    toast: { id: randomUUID(), ...toast },
    headers: { "Set-Cookie": await commitSession(request, services, session) },
  };
}

/** Starts a session for `userId` and returns the Set-Cookie header value. */
export async function startSession(request: Request, services: AccountDeps, userId: string) {
  const [row] = await services.database.db
    .insert(userSessions)
    .values({ userId, expiresAt: new Date(Date.now() + SESSION_MS) })
    .returning({ id: userSessions.id });
  const session = await getSession(request, services);
  session.set("sessionId", row!.id);
  return commitSession(request, services, session);
}

/** Ends the session on the server (the cookie alone no longer works) and clears the cookie. */
export async function endSession(request: Request, services: AccountDeps): Promise<string> {
  const session = await getSession(request, services);
  const sessionId = session.get("sessionId");
  if (typeof sessionId === "string" && UUID.test(sessionId)) {
    await services.database.db
      .update(userSessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
    forgetCredentials();
  }
  return sessionStorage(services).destroySession(session, cookieOptions(request));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ---------------------------------------------------------------------------------------------
// Who is this?

export class CredentialsError extends ApiError {
  constructor(message: string) {
    super(401, "UNAUTHORIZED", message, undefined, { "WWW-Authenticate": 'Bearer realm="nexus"' });
  }
}

const tokenRefusal = {
  malformed: "The bearer token is malformed.",
  unknown: "The bearer token is not valid.",
  revoked: "The bearer token has been revoked.",
  expired: "The bearer token has expired.",
  user_disabled: "The account this token belongs to is disabled.",
} as const;

/**
 * The bearer token's check. A token this instance verified a moment ago answers at once; any other
 * costs a lookup, so an address whose credentials were refused too often within a minute is
 * answered 429 before the lookup. Only refusals count: counting every attempt until it proved
 * valid refused a burst of valid requests (100 at once from one script) as if they were guesses.
 * Guesses in flight together may pass the limit by as many as are in flight, no more.
 */
async function checkBearer(
  authorization: string,
  services: AccountDeps,
  clientIp: string,
): Promise<Extract<TokenCheck, { ok: true }>> {
  const [scheme, value] = authorization.split(/\s+/, 2);
  const presented = scheme?.toLowerCase() === "bearer" && value ? value.trim() : undefined;
  const recalled = presented ? recallToken(presented) : undefined;
  if (recalled) return recalled;
  const limiter = services.rateLimiter;
  const rule = limiter.rules.invalidTokens;
  const key = `ip:${clientIp}`;
  const before = await limiter.peek(rule, key);
  if (!before.success) throw apiErrors.rateLimited(retryAfterSeconds(before));
  if (!presented) {
    await limiter.limit(rule, key);
    throw new CredentialsError("Use `Authorization: Bearer <token>`.");
  }
  const check = await verifyToken(services.database.db, presented);
  if (!check.ok) {
    await limiter.limit(rule, key);
    throw new CredentialsError(tokenRefusal[check.reason]);
  }
  return check;
}

async function resolve(
  request: Request,
  services: AccountDeps,
  clientIp: string,
): Promise<Actor | null> {
  const authorization = request.headers.get("Authorization");
  if (authorization !== null) {
    const check = await checkBearer(authorization, services, clientIp);
    return {
      user: check.user,
      role: tokenRole(check.user.role, check.token.scope),
      via: "token",
      tokenId: check.token.id,
    };
  }
  const session = await getSession(request, services);
  const sessionId = session.get("sessionId");
  if (typeof sessionId !== "string" || !UUID.test(sessionId)) return null;
  // A session checked a moment ago on this instance (see credential-cache.server.ts).
  const key = `session:${sessionId}`;
  const recalled = recallCredential<UserRow>(key);
  if (recalled) return { user: recalled, role: recalled.role, via: "session", sessionId };
  const startedIn = credentialEpoch();
  const [found] = await services.database.db
    .select({ user: users, session: userSessions })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, sessionId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, new Date()),
      ),
    );
  if (!found || found.user.disabled) return null;
  rememberCredential(key, found.user, startedIn, found.session.expiresAt);
  return { user: found.user, role: found.user.role, via: "session", sessionId };
}

// Root and route loaders of one request share its context object: look the actor up once.
const actors = singleton("actors", () => new WeakMap<object, Promise<Actor | null>>());

export function getActor(request: Request, context: AppLoadContext): Promise<Actor | null> {
  let actor = actors.get(context);
  if (!actor) {
    actor = resolve(request, context.services, context.clientIp);
    actors.set(context, actor);
  }
  return actor;
}

/** For API routes: the actor, or a 401/403 envelope. */
export async function requireApiActor(
  request: Request,
  context: AppLoadContext,
  permission: Permission,
): Promise<Actor> {
  const actor = await getActor(request, context);
  if (!actor) throw new CredentialsError("Sign in, or send `Authorization: Bearer <token>`.");
  if (!can(actor.role, permission)) {
    throw new ApiError(403, "FORBIDDEN", `This needs the ${permission} permission.`, {
      permission,
      role: actor.role,
    });
  }
  return actor;
}

/** For pages and their actions: the actor, or a redirect to sign in (or to set up NEXUS). */
export async function requireUser(
  request: Request,
  context: AppLoadContext,
  permission: Permission = "read",
): Promise<Actor> {
  let actor: Actor | null;
  try {
    actor = await getActor(request, context);
  } catch {
    actor = null;
  }
  if (!actor) {
    if ((await countUsers(context.services.database.db)) === 0) throw redirect("/onboarding");
    const url = new URL(request.url);
    const redirectTo = url.pathname + url.search;
    const params = redirectTo === "/" ? "" : `?${new URLSearchParams({ redirectTo })}`;
    throw redirect(`/login${params}`);
  }
  if (!can(actor.role, permission)) {
    throw new Response(`Your role (${actor.role}) does not allow this.`, { status: 403 });
  }
  return actor;
}

export async function requireAnonymous(request: Request, context: AppLoadContext) {
  if (await getActor(request, context).catch(() => null)) throw redirect("/");
}

// ---------------------------------------------------------------------------------------------
// Password sign-in (remix-auth's FormStrategy)

export class InvalidCredentialsError extends Error {
  constructor() {
    super("Invalid e-mail or password.");
  }
}

const authenticators = singleton(
  "authenticators",
  () => new WeakMap<object, Authenticator<UserRow>>(),
);

function authenticator(services: AccountDeps): Authenticator<UserRow> {
  let instance = authenticators.get(services);
  if (!instance) {
    instance = new Authenticator<UserRow>();
    instance.use(
      new FormStrategy(async ({ form }) => {
        const email = String(form.get("email") ?? "")
          .trim()
          .toLowerCase();
        const password = String(form.get("password") ?? "");
        const user = email ? await findUserByEmail(services.database.db, email) : undefined;
        // Verify even when no user matched, so timing does not reveal which e-mails exist.
        const valid = await verifyPassword(user?.passwordHash ?? null, password);
        if (!user || !valid || user.disabled) throw new InvalidCredentialsError();
        return user;
      }),
      "password",
    );
    authenticators.set(services, instance);
  }
  return instance;
}

/** Checks the e-mail and password of a login form post. Reads the request's body. */
export function authenticatePassword(request: Request, services: AccountDeps): Promise<UserRow> {
  return authenticator(services).authenticate("password", request);
}

/** The actor as the activity log records it. */
export function actingAs(actor: Actor, context: AppLoadContext) {
  return {
    id: actor.user.id,
    label: actor.via === "token" ? `${actor.user.email} (token)` : actor.user.email,
    requestId: context.requestId,
    ip: context.clientIp,
  };
}
