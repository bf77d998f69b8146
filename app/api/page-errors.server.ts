import {
  DomainError,
  type FieldIssue,
  InvalidFieldError,
  NotFoundError,
} from "../utils/domain-errors.ts";
import { fromDomainError } from "./errors.ts";
import { idParams } from "./schemas.ts";

/**
 * Domain errors as pages show them, in one place (docs/decisions/020-one-error-dialect.md): a
 * page answers with the same status the API does for the same error.
 */

/** A refusal a page shows the person: the status, the message and the fields at fault. */
export interface PageRefusal {
  status: number;
  message: string;
  issues: FieldIssue[];
}

/** What a page shows for a domain error; null for anything else (rethrow it). */
export function pageRefusal(error: unknown): PageRefusal | null {
  if (!(error instanceof DomainError)) return null;
  return {
    status: fromDomainError(error).status,
    message: error.message,
    issues: error instanceof InvalidFieldError ? error.issues : [],
  };
}

/**
 * For a loader's read: a thing that does not exist becomes the page's 404 with the error's own
 * message (the error boundary shows it); anything else is thrown on.
 * `return read(...).catch(notFoundAsPage)`.
 */
export function notFoundAsPage(error: unknown): never {
  if (error instanceof NotFoundError) throw new Response(error.message, { status: 404 });
  throw error;
}

/**
 * A page's `$id` segment, checked the way the API checks `{id}`: anything but a UUID names
 * nothing, so it is the page's 404 (with `message` as its text) without asking the database.
 */
export function pageId(id: string | undefined, message = "Not found"): string {
  if (!idParams.shape.id.safeParse(id).success) throw new Response(message, { status: 404 });
  return id!;
}
