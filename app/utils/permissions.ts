/**
 * Who may do what, in one place. Pages, actions and API routes all ask `can(role, permission)`;
 * nothing else decides.
 */
export const roles = ["viewer", "operator", "admin"] as const;
export type Role = (typeof roles)[number];

export const permissionMatrix = {
  /** See anything in NEXUS. */
  read: ["viewer", "operator", "admin"],
  /** Change domain data (modules, knowledge, rooms, ...). */
  write: ["operator", "admin"],
  /** Start AI work: goals, generation, agents. */
  "ai:run": ["operator", "admin"],
  /** Create, disable and change the role of users. */
  "users:manage": ["admin"],
  /** List and revoke other people's API tokens. */
  "tokens:manage-others": ["admin"],
  /** Turn feature flags on and off. */
  "flags:manage": ["admin"],
  /** Resume AI work after an emergency pause or stop. */
  "emergency:resume": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionMatrix;

export function can(role: Role, permission: Permission): boolean {
  return (permissionMatrix[permission] as readonly Role[]).includes(role);
}

export const tokenScopes = ["read", "write", "admin"] as const;
export type TokenScope = (typeof tokenScopes)[number];

/** The role a token acts with: its scope, never above its owner's role. */
const scopeRole: Record<TokenScope, Role> = { read: "viewer", write: "operator", admin: "admin" };
const rank: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

export function tokenRole(ownerRole: Role, scope: TokenScope): Role {
  const fromScope = scopeRole[scope];
  return rank[fromScope] <= rank[ownerRole] ? fromScope : ownerRole;
}

/** Scopes a person of this role may give a token. */
export function scopesFor(role: Role): TokenScope[] {
  return tokenScopes.filter((scope) => rank[scopeRole[scope]] <= rank[role]);
}
