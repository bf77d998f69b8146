import { describe, expect, test } from "vitest";
import { can, permissionMatrix, roles, scopesFor, tokenRole } from "#app/utils/permissions.ts";

describe("the permission matrix", () => {
  test("viewers read; operators also write and run AI; admins also manage", () => {
    expect(can("viewer", "read")).toBe(true);
    expect(can("viewer", "write")).toBe(false);
    expect(can("viewer", "ai:run")).toBe(false);
    expect(can("operator", "write")).toBe(true);
    expect(can("operator", "ai:run")).toBe(true);
    expect(can("operator", "users:manage")).toBe(false);
    expect(can("operator", "emergency:resume")).toBe(false);
    for (const permission of Object.keys(permissionMatrix) as (keyof typeof permissionMatrix)[]) {
      expect(can("admin", permission), permission).toBe(true);
    }
  });

  test("a higher role can do everything a lower one can", () => {
    for (const permission of Object.keys(permissionMatrix) as (keyof typeof permissionMatrix)[]) {
      const allowed = roles.map((role) => can(role, permission));
      expect(allowed).toEqual([...allowed].sort());
    }
  });

  test("a token acts with its scope, never above its owner's role", () => {
    expect(tokenRole("admin", "read")).toBe("viewer");
    expect(tokenRole("admin", "write")).toBe("operator");
    expect(tokenRole("admin", "admin")).toBe("admin");
    expect(tokenRole("viewer", "admin")).toBe("viewer");
    expect(tokenRole("operator", "admin")).toBe("operator");
  });

  test("people may only give tokens scopes up to their role", () => {
    expect(scopesFor("viewer")).toEqual(["read"]);
    expect(scopesFor("operator")).toEqual(["read", "write"]);
    expect(scopesFor("admin")).toEqual(["read", "write", "admin"]);
  });
});
