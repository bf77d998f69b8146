import type { LoaderFunctionArgs } from "@remix-run/node";
import { ApiError, failure } from "#app/api/api.server.ts";

/** Any /api path no route claims: a JSON 404, never the HTML page. */
function notFound({ request, context }: LoaderFunctionArgs) {
  const { pathname } = new URL(request.url);
  const version = /^\/api\/(v\d+)(\/|$)/.exec(pathname)?.[1];
  const message =
    version && version !== "v1"
      ? `API version ${version} does not exist; the current version is v1.`
      : `No API endpoint at ${pathname}. See /api/v1/openapi.json for the list.`;
  return failure(context, new ApiError(404, "NOT_FOUND", message));
}

export const loader = notFound;
export const action = notFound;
