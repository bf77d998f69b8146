import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

/** What a page shows when its loader throws: a 404 reads differently from a failure. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-600 dark:text-brand-100">
        {isRouteErrorResponse(error) ? error.status : 500}
      </p>
      <h1 className="mt-2 text-2xl font-semibold">
        {notFound ? "This page does not exist" : "Something went wrong"}
      </h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        {notFound
          ? "The address may be mistyped, or the page may have moved."
          : "The error has been logged. Try again, or go back to the dashboard."}
      </p>
      <Link to="/" className="mt-6 inline-block text-brand-600 underline dark:text-brand-100">
        Back to the dashboard
      </Link>
    </div>
  );
}
