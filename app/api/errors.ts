/**
 * Errors meant for API clients: a status, a stable code, a message, optional details. Domain
 * code throws domain errors (`./domain-errors.ts`); `fromDomainError` is the one place they
 * become these.
 */

import {
  ConflictError,
  type DomainError,
  EmergencyActiveError,
  FeatureDisabledError,
  type FieldIssue,
  ForbiddenError,
  GenerationFailedError,
  InvalidFieldError,
  ModelUnavailableError,
  NoModelAvailableError,
  NotFoundError,
  UnavailableError,
} from "../utils/domain-errors.ts";

export type { FieldIssue } from "../utils/domain-errors.ts";

export type ErrorCode =
  | "VALIDATION_FAILED"
  | "MALFORMED_JSON"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "PAYLOAD_TOO_LARGE"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "METHOD_NOT_ALLOWED"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "NOT_READY"
  | "UNAVAILABLE"
  | "EMERGENCY_ACTIVE"
  | "FEATURE_DISABLED"
  | "NO_MODEL_AVAILABLE"
  | "MODEL_UNAVAILABLE"
  | "PROVIDER_UNREACHABLE"
  | "PROVIDER_TIMEOUT"
  | "PROVIDER_ERROR"
  | "INTERNAL_ERROR";

/** An error meant for the client: its status, stable code and message are sent as they are. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: HeadersInit,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const apiErrors = {
  validation: (issues: FieldIssue[]) =>
    new ApiError(400, "VALIDATION_FAILED", "The request is not valid.", { issues }),
  notFound: (message = "Not found.") => new ApiError(404, "NOT_FOUND", message),
  conflict: (message: string) => new ApiError(409, "CONFLICT", message),
  unauthorized: (message = "Authentication is required.") =>
    new ApiError(401, "UNAUTHORIZED", message),
  forbidden: (message = "You are not allowed to do this.") =>
    new ApiError(403, "FORBIDDEN", message),
  featureDisabled: (message: string) => new ApiError(403, "FEATURE_DISABLED", message),
  rateLimited: (retryAfter: number) =>
    new ApiError(
      429,
      "RATE_LIMITED",
      `Too many requests; try again in ${retryAfter} s.`,
      { retryAfter },
      { "Retry-After": String(retryAfter) },
    ),
};

const generationStatus: Record<GenerationFailedError["code"], number> = {
  MODEL_UNAVAILABLE: 502,
  PROVIDER_UNREACHABLE: 502,
  PROVIDER_TIMEOUT: 504,
  PROVIDER_ERROR: 502,
  ABORTED: 502,
  INTERNAL_ERROR: 500,
};

/**
 * What the API answers for a domain error: its status, code, message and details. Pages answer
 * with the same status (`app/api/page-errors.server.ts`).
 */
export function fromDomainError(error: DomainError): ApiError {
  if (error instanceof NotFoundError) return apiErrors.notFound(error.message);
  if (error instanceof ConflictError) {
    return new ApiError(409, "CONFLICT", error.message, error.details);
  }
  if (error instanceof InvalidFieldError) return apiErrors.validation(error.issues);
  if (error instanceof ForbiddenError) return apiErrors.forbidden(error.message);
  if (error instanceof FeatureDisabledError) return apiErrors.featureDisabled(error.message);
  if (error instanceof EmergencyActiveError) {
    return new ApiError(423, "EMERGENCY_ACTIVE", error.message, error.state);
  }
  if (error instanceof UnavailableError) {
    const code = error instanceof NoModelAvailableError ? "NO_MODEL_AVAILABLE" : "UNAVAILABLE";
    const headers =
      error.retryAfter === undefined ? undefined : { "Retry-After": String(error.retryAfter) };
    return new ApiError(503, code, error.message, error.details, headers);
  }
  if (error instanceof ModelUnavailableError) {
    return new ApiError(422, "MODEL_UNAVAILABLE", error.message, error.details);
  }
  if (error instanceof GenerationFailedError) {
    // ABORTED (a client or a shutdown broke the call off) is not one of the documented codes.
    return new ApiError(
      generationStatus[error.code] ?? 502,
      error.code as ErrorCode,
      error.message,
    );
  }
  return new ApiError(500, "INTERNAL_ERROR", error.message);
}

/** The error envelope's shape, for the few places that answer outside a route (server.ts). */
export function errorEnvelope(
  code: ErrorCode,
  message: string,
  requestId?: string,
  details?: unknown,
) {
  return {
    success: false as const,
    error: { code, message, ...(details === undefined ? {} : { details }), requestId },
    timestamp: new Date().toISOString(),
  };
}
