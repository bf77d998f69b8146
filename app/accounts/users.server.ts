import { and, asc, count, eq, isNull, ne, sql } from "drizzle-orm";
import { recordActivity } from "#app/activity/activity.server.ts";
import { afterCursor, pageOf, withCursor } from "#app/api/pagination.server.ts";
import { ConflictError, isUniqueViolation } from "#app/utils/domain-errors.ts";
import type { Role } from "#app/utils/permissions.ts";
import type { Database } from "#db/client.ts";
import { userSessions, users } from "#db/schema/index.ts";
import { forgetCredentials } from "./credential-cache.server.ts";
import { hashPassword } from "./password.server.ts";

export type UserRow = typeof users.$inferSelect;

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toPublicUser(user: UserRow): PublicUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabled,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

/** Who did it, for the activity log. */
export interface ActingAs {
  id: string | null;
  label: string;
  requestId?: string;
  ip?: string;
}

export class EmailTakenError extends ConflictError {
  constructor(readonly email: string) {
    super(`A user with the e-mail ${email} already exists.`);
  }
}

/** Refused so an install can never be left without anyone able to manage it. */
export class LastAdminError extends ConflictError {
  constructor() {
    super("This is the last active admin: make someone else admin first.");
  }
}

async function countOtherActiveAdmins(db: Database, id: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.disabled, false), ne(users.id, id)));
  return row?.n ?? 0;
}

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function findUserByEmail(db: Database, email: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return user;
}

export async function findUserById(db: Database, id: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

export async function listUsers(
  db: Database,
  page: { limit: number; cursor?: string } = { limit: 100 },
): Promise<{ items: UserRow[]; nextCursor: string | null }> {
  const rows = await db
    .select(withCursor(users))
    .from(users)
    .where(afterCursor(page.cursor, users, false))
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(page.limit + 1);
  return pageOf(rows, page.limit);
}

export async function createUser(
  db: Database,
  input: { email: string; name: string; password: string; role: Role },
  actor: ActingAs,
): Promise<UserRow> {
  const passwordHash = await hashPassword(input.password);
  let user: UserRow | undefined;
  try {
    [user] = await db
      .insert(users)
      .values({
        email: input.email.toLowerCase(),
        name: input.name,
        role: input.role,
        passwordHash,
      })
      .returning();
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError(input.email);
    throw error;
  }
  await recordActivity(db, {
    type: "user.created",
    actor: { ...actor, id: actor.id ?? user!.id },
    subject: { type: "user", id: user!.id },
    summary: `${actor.label} created ${user!.email} as ${user!.role}`,
    data: { email: user!.email, role: user!.role },
  });
  return user!;
}

/**
 * The first account of an install: created only while there is none, inside one transaction so two
 * people racing through onboarding cannot both become admin.
 */
export async function createFirstAdmin(
  db: Database,
  input: { email: string; name: string; password: string },
  context: { requestId?: string; ip?: string },
): Promise<UserRow | null> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table users in exclusive mode`);
    const [existing] = await tx.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0) return null;
    const [user] = await tx
      .insert(users)
      .values({ email: input.email.toLowerCase(), name: input.name, role: "admin", passwordHash })
      .returning();
    await recordActivity(tx as unknown as Database, {
      type: "user.created",
      actor: { id: user!.id, label: user!.email, requestId: context.requestId, ip: context.ip },
      subject: { type: "user", id: user!.id },
      summary: `${user!.email} set up NEXUS and became its first admin`,
      data: { email: user!.email, role: "admin", onboarding: true },
    });
    return user!;
  });
}

export async function updateUser(
  db: Database,
  id: string,
  changes: { name?: string; role?: Role; disabled?: boolean; password?: string },
  actor: ActingAs,
): Promise<UserRow | undefined> {
  const before = await findUserById(db, id);
  if (!before) return undefined;
  const losesAdmin =
    before.role === "admin" &&
    !before.disabled &&
    ((changes.role !== undefined && changes.role !== "admin") || changes.disabled === true);
  if (losesAdmin && (await countOtherActiveAdmins(db, id)) === 0) throw new LastAdminError();
  const values: Partial<typeof users.$inferInsert> = {};
  if (changes.name !== undefined) values.name = changes.name;
  if (changes.role !== undefined) values.role = changes.role;
  if (changes.disabled !== undefined) values.disabled = changes.disabled;
  if (changes.password !== undefined) values.passwordHash = await hashPassword(changes.password);
  if (Object.keys(values).length === 0) return before;
  const [after] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  if (changes.password !== undefined || changes.disabled === true) {
    // A new password or a disabled account ends every open session of that person.
    await db
      .update(userSessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(userSessions.userId, id), isNull(userSessions.revokedAt)));
  }
  // A role, an account's state or its sessions changed: nothing remembered about it still holds.
  forgetCredentials();
  const base = { actor, subject: { type: "user", id } };
  if (changes.role !== undefined && changes.role !== before.role) {
    await recordActivity(db, {
      ...base,
      type: "user.role_changed",
      summary: `${actor.label} changed ${before.email} from ${before.role} to ${changes.role}`,
      data: { from: before.role, to: changes.role },
    });
  }
  if (changes.disabled !== undefined && changes.disabled !== before.disabled) {
    await recordActivity(db, {
      ...base,
      type: changes.disabled ? "user.disabled" : "user.enabled",
      summary: `${actor.label} ${changes.disabled ? "disabled" : "enabled"} ${before.email}`,
    });
  }
  if (changes.password !== undefined) {
    await recordActivity(db, {
      ...base,
      type: "user.password_changed",
      summary: `${actor.label} changed the password of ${before.email}`,
    });
  }
  return after;
}

export async function touchLogin(db: Database, id: string): Promise<void> {
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, id));
}
