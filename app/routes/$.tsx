import { Link } from "@remix-run/react";

/** Every path no other route claims: a real 404 status with the shell around it. */
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return (
    <p>
      <Link to="/">Back to the dashboard</Link>
    </p>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "#app/components/general-error-boundary.tsx";
