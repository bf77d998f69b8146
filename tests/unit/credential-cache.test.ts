import { describe, expect, test } from "vitest";
import {
  CREDENTIAL_CACHE_MS,
  credentialEpoch,
  forgetCredentials,
  recallCredential,
  rememberCredential,
} from "#app/accounts/credential-cache.server.ts";

describe("credential cache", () => {
  test("a remembered credential is recalled until its age limit, then not", () => {
    const now = 1_000_000;
    rememberCredential("unit:a", { id: "a" }, credentialEpoch(), null, now);
    expect(recallCredential("unit:a", now + CREDENTIAL_CACHE_MS - 1)).toEqual({ id: "a" });
    expect(recallCredential("unit:a", now + CREDENTIAL_CACHE_MS)).toBeUndefined();
  });

  test("an entry never outlives the credential's own expiry", () => {
    const now = 2_000_000;
    rememberCredential("unit:b", "b", credentialEpoch(), new Date(now + 500), now);
    expect(recallCredential("unit:b", now + 499)).toBe("b");
    expect(recallCredential("unit:b", now + 500)).toBeUndefined();
    rememberCredential("unit:c", "c", credentialEpoch(), new Date(now - 1), now);
    expect(recallCredential("unit:c", now)).toBeUndefined();
  });

  test("forgetting drops every entry at once", () => {
    const now = Date.now();
    rememberCredential("unit:d", "d", credentialEpoch(), null, now);
    rememberCredential("unit:e", "e", credentialEpoch(), null, now);
    forgetCredentials();
    expect(recallCredential("unit:d", now)).toBeUndefined();
    expect(recallCredential("unit:e", now)).toBeUndefined();
  });

  test("a lookup that started before a revoking write is not remembered", () => {
    const now = Date.now();
    const startedIn = credentialEpoch();
    forgetCredentials(); // the write lands while the lookup is still reading
    rememberCredential("unit:f", "stale", startedIn, null, now);
    expect(recallCredential("unit:f", now)).toBeUndefined();
  });
});
