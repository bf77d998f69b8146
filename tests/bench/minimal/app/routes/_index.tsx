import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Minimal" }];

/** A loader, as every real page has one: the benchmark measures loader plus render. */
export function loader() {
  return { renderedAt: new Date().toISOString() };
}

export default function Index() {
  const { renderedAt } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Minimal Remix page</h1>
      <p>Rendered at {renderedAt}</p>
    </main>
  );
}
