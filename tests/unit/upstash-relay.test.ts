import { describe, expect, test } from "vitest";
import { stripUnknownShebangFlags } from "#tests/support/upstash-relay.ts";

describe("the Upstash relay's script rewriting", () => {
  test("drops flags stock Redis rejects, keeps the ones it knows and the script's lines", () => {
    expect(stripUnknownShebangFlags("#!lua flags=allow-key-locking\nreturn 1")).toBe(
      "#!lua\nreturn 1",
    );
    expect(stripUnknownShebangFlags("#!lua flags=no-writes,allow-key-locking\nreturn 1")).toBe(
      "#!lua flags=no-writes\nreturn 1",
    );
  });

  test("leaves scripts without a shebang alone", () => {
    expect(stripUnknownShebangFlags("return redis.call('GET', KEYS[1])")).toBe(
      "return redis.call('GET', KEYS[1])",
    );
  });
});
