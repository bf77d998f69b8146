import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { endSession } from "#app/accounts/auth.server.ts";

/** POST only: a link or an image tag must never be able to sign someone out. */
export async function action({ request, context }: ActionFunctionArgs) {
  return redirect("/login", {
    headers: { "Set-Cookie": await endSession(request, context.services) },
  });
}

export function loader() {
  return new Response("Sign out with a POST request (the Sign out button).", {
    status: 405,
    headers: { Allow: "POST" },
  });
}
