import { startSession } from "#app/accounts/auth.server.ts";
import { createToken } from "#app/accounts/tokens.server.ts";
import { createUser, type UserRow } from "#app/accounts/users.server.ts";
import type { Services } from "#app/server/services.server.ts";
import type { Role, TokenScope } from "#app/utils/permissions.ts";

export const TEST_PASSWORD = "correct-horse-battery-staple";

const system = { id: null, label: "test" };

let counter = 0;

/** A user of the given role, with a session cookie and a bearer token of the matching scope. */
export async function signedInUser(services: Services, role: Role, scope?: TokenScope) {
  counter += 1;
  const user: UserRow = await createUser(
    services.database.db,
    {
      email: `${role}${counter}@example.com`,
      name: `${role} ${counter}`,
      password: TEST_PASSWORD,
      role,
    },
    system,
  );
  const setCookie = await startSession(new Request("http://nexus.test/"), services, user.id);
  const cookie = setCookie.split(";")[0]!;
  const defaultScope: TokenScope =
    role === "admin" ? "admin" : role === "operator" ? "write" : "read";
  const { token, row } = await createToken(
    services.database.db,
    user,
    { name: "test", scope: scope ?? defaultScope },
    system,
  );
  return { user, cookie, token, tokenRow: row };
}
