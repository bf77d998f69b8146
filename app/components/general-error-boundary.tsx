import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

/** What a page shows when its loader throws: a 404 or a 403 reads differently from a failure. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, text] =
    status === 404
      ? ["This page does not exist", "The address may be mistyped, or the page may have moved."]
      : status === 403
        ? [
            "You may not open this page",
            "Your role does not allow it. An admin can change your role if you need it.",
          ]
        : [
            "Something went wrong",
            "The error has been logged. Try again, or go back to the dashboard.",
          ];
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-600 dark:text-brand-100">{status}</p>
      <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{text}</p>
      <Link to="/" className="mt-6 inline-block text-brand-600 underline dark:text-brand-100">
        Back to the dashboard
      </Link>
    </div>
  );
}
