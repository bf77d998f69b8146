import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, test } from "vitest";
import { createRoom, postMessage } from "#app/rooms/rooms.server.ts";
import { roomMessages } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { testDatabaseKinds } from "#tests/support/database.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

describe.each(testDatabaseKinds)("idempotent posts on %s", (kind) => {
  let services: TestServices | undefined;
  afterEach(async () => {
    await services?.destroy();
    services = undefined;
  });

  // A freshly migrated database and a signed-in account per kind: slow on a busy machine.
  test("concurrent retries with one key store one message; other keys and no key store each", {
    timeout: 120_000,
  }, async () => {
    services = await createTestServices({ database: kind });
    const { user } = await signedInUser(services, "operator");
    const room = await createRoom(
      services,
      { name: "Race", topic: "" },
      { id: user.id, label: "test" },
    );
    const author = { id: user.id, name: user.name };
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        postMessage(services!, room.id, { body: "same", idempotencyKey: key }, author),
      ),
    );
    expect(new Set(results.map((r) => r.message.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    await postMessage(services, room.id, { body: "same" }, author);
    await postMessage(services, room.id, { body: "same" }, author);
    await postMessage(services, room.id, { body: "same", idempotencyKey: randomUUID() }, author);
    const rows = await services.database.db
      .select()
      .from(roomMessages)
      .where(eq(roomMessages.roomId, room.id));
    expect(rows).toHaveLength(4);
  });
});
