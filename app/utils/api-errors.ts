/** Errors meant for API clients: a status, a stable code, a message, optional details. */

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

export interface FieldIssue {
  in: "body" | "query" | "params";
  path: string;
  message: string;
}

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
