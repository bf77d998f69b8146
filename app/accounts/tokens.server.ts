import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { recordActivity } from "#app/activity/activity.server.ts";
import { afterCursor, pageOf, withCursor } from "#app/api/pagination.server.ts";
import { ForbiddenError } from "#app/utils/domain-errors.ts";
import { type Role, scopesFor, type TokenScope } from "#app/utils/permissions.ts";
import type { Database } from "#db/client.ts";
import { apiTokens, users } from "#db/schema/index.ts";
import {
  credentialEpoch,
  forgetCredentials,
  recallCredential,
  rememberCredential,
} from "./credential-cache.server.ts";
import type { ActingAs, UserRow } from "./users.server.ts";

export type TokenRow = typeof apiTokens.$inferSelect;

/**
 * Tokens look like `nxs_<prefix>_<secret>`: the prefix (public, unique) finds the row, the whole
 * token's SHA-256 is compared in constant time. Tokens carry 192 random bits, so a fast hash is
 * enough; a password hash would only slow every API call.
 */
const TOKEN_PATTERN = /^nxs_([A-Za-z0-9]{10})_([A-Za-z0-9_-]{32})$/;

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

export function toPublicToken(token: TokenRow) {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scope: token.scope,
    userId: token.userId,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
    createdAt: token.createdAt.toISOString(),
  };
}

export class ScopeTooHighError extends ForbiddenError {
  constructor(role: Role, scope: TokenScope) {
    super(`A ${role} may not create a token with the ${scope} scope.`);
  }
}

export async function createToken(
  db: Database,
  owner: Pick<UserRow, "id" | "email" | "role">,
  input: { name: string; scope: TokenScope; expiresAt?: Date | null },
  actor: ActingAs,
): Promise<{ token: string; row: TokenRow }> {
  if (!scopesFor(owner.role).includes(input.scope))
    throw new ScopeTooHighError(owner.role, input.scope);
  const prefix = randomBytes(16)
    .toString("base64url")
    .replace(/[-_]/g, "")
    .slice(0, 10)
    .padEnd(10, "0");
  const secret = randomBytes(24).toString("base64url");
  const token = `nxs_${prefix}_${secret}`;
  const [row] = await db
    .insert(apiTokens)
    .values({
      userId: owner.id,
      name: input.name,
      prefix,
      tokenHash: sha256(token),
      scope: input.scope,
      expiresAt: input.expiresAt ?? null,
    })
    .returning();
  await recordActivity(db, {
    type: "token.created",
    actor,
    subject: { type: "api_token", id: row!.id },
    summary: `${actor.label} created the ${input.scope} token "${input.name}" (${prefix}) for ${owner.email}`,
    data: { prefix, scope: input.scope, expiresAt: input.expiresAt?.toISOString() ?? null },
  });
  return { token, row: row! };
}

export async function listTokens(
  db: Database,
  filter: { userId?: string; limit: number; cursor?: string },
): Promise<{ items: TokenRow[]; nextCursor: string | null }> {
  const rows = await db
    .select(withCursor(apiTokens))
    .from(apiTokens)
    .where(
      and(
        filter.userId ? eq(apiTokens.userId, filter.userId) : undefined,
        afterCursor(filter.cursor, apiTokens),
      ),
    )
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(filter.limit + 1);
  return pageOf(rows, filter.limit);
}

export async function findToken(db: Database, id: string): Promise<TokenRow | undefined> {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return row;
}

export async function revokeToken(
  db: Database,
  token: TokenRow,
  actor: ActingAs,
): Promise<TokenRow> {
  if (token.revokedAt) return token;
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, token.id), isNull(apiTokens.revokedAt)))
    .returning();
  forgetCredentials();
  await recordActivity(db, {
    type: "token.revoked",
    actor,
    subject: { type: "api_token", id: token.id },
    summary: `${actor.label} revoked the token "${token.name}" (${token.prefix})`,
    data: { prefix: token.prefix },
  });
  return row ?? token;
}

/** Writing last-used on every call would turn each read into a write; once a minute is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

export type TokenCheck =
  | { ok: true; token: TokenRow; user: UserRow }
  | { ok: false; reason: "malformed" | "unknown" | "revoked" | "expired" | "user_disabled" };

// Keyed by the whole token's hash: only the exact token that was verified hits.
const cacheKey = (hash: Buffer) => `token:${hash.toString("hex")}`;

/**
 * The token as this instance verified it a moment ago (credential-cache.server.ts), without
 * asking the database; undefined when it has to be looked up.
 */
export function recallToken(
  presented: string,
  now = new Date(),
): Extract<TokenCheck, { ok: true }> | undefined {
  if (!TOKEN_PATTERN.test(presented)) return undefined;
  const key = cacheKey(Buffer.from(sha256(presented), "hex"));
  const recalled = recallCredential<{ token: TokenRow; user: UserRow }>(key, now.getTime());
  return recalled && { ok: true, ...recalled };
}

export async function verifyToken(
  db: Database,
  presented: string,
  now = new Date(),
): Promise<TokenCheck> {
  const match = TOKEN_PATTERN.exec(presented);
  if (!match) return { ok: false, reason: "malformed" };
  const actual = Buffer.from(sha256(presented), "hex");
  const key = cacheKey(actual);
  const recalled = recallCredential<{ token: TokenRow; user: UserRow }>(key, now.getTime());
  if (recalled) return { ok: true, ...recalled };
  const startedIn = credentialEpoch();
  const [found] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.prefix, match[1]!));
  const expected = Buffer.from(found?.token.tokenHash ?? sha256("absent"), "hex");
  if (!found || !timingSafeEqual(expected, actual)) return { ok: false, reason: "unknown" };
  if (found.token.revokedAt) return { ok: false, reason: "revoked" };
  if (found.token.expiresAt && found.token.expiresAt <= now)
    return { ok: false, reason: "expired" };
  if (found.user.disabled) return { ok: false, reason: "user_disabled" };
  const lastUsed = found.token.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - lastUsed > LAST_USED_RESOLUTION_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, found.token.id));
  }
  rememberCredential(key, found, startedIn, found.token.expiresAt, now.getTime());
  return { ok: true, token: found.token, user: found.user };
}
