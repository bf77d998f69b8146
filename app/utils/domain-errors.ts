/**
 * What went wrong, as the domain says it: a thing that does not exist, a change that clashes with
 * the current state, a field that cannot be accepted, an act the person may not do, a service
 * that cannot answer now. Domain code (modules, accounts, knowledge, rooms, sage, reviews…)
 * throws these and nothing HTTP; the API framework (`app/api/api.server.ts`) and the pages
 * (`app/api/page-errors.server.ts`) each translate them in one place
 * (docs/decisions/020-one-error-dialect.md).
 *
 * A leaf module: it imports nothing, so any layer may throw its errors.
 */

/** Where a field came from, for the caller to find it. */
export type FieldSource = "body" | "query" | "params" | "header";

/** One field that cannot be accepted, and why. */
export interface FieldIssue {
  in: FieldSource;
  path: string;
  message: string;
}

/** The base of every domain error; its message is meant for the person or client. */
export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The thing asked for does not exist (or the person may not know it does). */
export class NotFoundError extends DomainError {
  constructor(message = "Not found.") {
    super(message);
  }
}

/** The change clashes with the current state (taken, already done, changed meanwhile). */
export class ConflictError extends DomainError {
  constructor(
    message: string,
    /** What the client needs to resolve it (e.g. the current version), sent along. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** One or more fields that are well-formed but cannot be accepted as they are. */
export class InvalidFieldError extends DomainError {
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[], message = issues.map((issue) => issue.message).join("; ")) {
    super(message);
    this.issues = issues;
  }

  /** One field of the request body (or of the query, with `where`). */
  static at(path: string, message: string, where: FieldSource = "body"): InvalidFieldError {
    return new InvalidFieldError([{ in: where, path, message }], message);
  }
}

/** The person may not do this (their role, or not being the owner or author). */
export class ForbiddenError extends DomainError {
  constructor(message = "You are not allowed to do this.") {
    super(message);
  }
}

/** A feature an admin turned off (its flag). */
export class FeatureDisabledError extends DomainError {}

/** AI work is paused or stopped by the emergency switch; `state` says by whom and why. */
export class EmergencyActiveError extends DomainError {
  constructor(
    message: string,
    readonly state?: unknown,
  ) {
    super(message);
  }
}

/** Something needed cannot answer now; trying again later may work. */
export class UnavailableError extends DomainError {
  constructor(
    message: string,
    readonly details?: unknown,
    /** Seconds after which trying again makes sense, when known. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** No configured model can do the task; `details` lists the providers and what they said. */
export class NoModelAvailableError extends UnavailableError {}

/** The model the caller named is not available, or cannot do the task. */
export class ModelUnavailableError extends DomainError {
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export type GenerationFailureCode =
  | "MODEL_UNAVAILABLE"
  | "PROVIDER_UNREACHABLE"
  | "PROVIDER_TIMEOUT"
  | "PROVIDER_ERROR"
  | "ABORTED"
  | "INTERNAL_ERROR";

/** A model call that ended without a usable answer; `code` says how it failed. */
export class GenerationFailedError extends DomainError {
  constructor(
    readonly code: GenerationFailureCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Whether a failed write broke a uniqueness rule (Postgres SQLSTATE 23505), as drizzle wraps the
 * driver's error (`cause`) or as the driver throws it; the caller turns it into its ConflictError.
 */
export function isUniqueViolation(error: unknown): boolean {
  return sqlStateOf(error) === "23505";
}

/**
 * Whether a failed write referred to a row that is gone (SQLSTATE 23503): a row deleted between
 * the caller's check and its write; the caller turns it into its NotFoundError.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  return sqlStateOf(error) === "23503";
}

function sqlStateOf(error: unknown): string | undefined {
  return (
    (error as { cause?: { code?: string } })?.cause?.code ?? (error as { code?: string })?.code
  );
}
