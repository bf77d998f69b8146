import { afterAll, beforeAll, expect, test } from "vitest";
import { createReview } from "#app/reviews/reviews.server.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;

beforeAll(async () => {
  services = await createTestServices();
  http = await startHttp(services);
});
afterAll(async () => {
  await http?.close();
  await services?.destroy();
});

/** The session cookie a response set (the flash travels in it), or the one sent before. */
function nextCookie(response: Response, previous: string): string {
  const set = response.headers.getSetCookie().find((c) => c.startsWith("__nexus_session="));
  return set ? set.split(";", 1)[0]! : previous;
}

/** The text of the page's toast (its polite live region's status), or null. */
async function toastOn(path: string, cookie: string) {
  const response = await fetch(`${http.url}${path}`, { headers: { cookie }, redirect: "manual" });
  expect(response.status).toBe(200);
  const html = await response.text();
  const toast = /<div role="status"[^>]*>.*?<p[^>]*>(.*?)<\/p>/s.exec(html);
  const text = toast?.[1]
    ?.replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
  return { text: text ?? null, cookie: nextCookie(response, cookie) };
}

/** Submits a form as a browser without JavaScript would; the redirect and the cookie after it. */
async function submit(path: string, cookie: string, values: Record<string, string>) {
  const response = await fetch(`${http.url}${path}`, {
    method: "POST",
    body: new URLSearchParams(values),
    headers: { cookie, origin: http.url },
    redirect: "manual",
  });
  expect(response.status).toBe(302);
  return { location: response.headers.get("location")!, cookie: nextCookie(response, cookie) };
}

/** The toast shows on the page the redirect reached, once, and never turns up elsewhere later. */
async function expectToastOnce(sent: { location: string; cookie: string }, title: string) {
  const shown = await toastOn(sent.location, sent.cookie);
  expect(shown.text).toBe(title);
  expect((await toastOn(sent.location, shown.cookie)).text).toBeNull();
  expect((await toastOn("/modules", shown.cookie)).text).toBeNull();
}

test("a knowledge statement's toast shows on its node page", async () => {
  const { cookie } = await signedInUser(services, "operator");
  const sent = await submit("/knowledge", cookie, {
    kind: "fact",
    label: "Toasts reach every page",
  });
  expect(sent.location).toMatch(/^\/knowledge\/nodes\/[0-9a-f-]{36}$/);
  await expectToastOnce(sent, 'Added "Toasts reach every page"');
});

test("a new room's toast shows on the room page", async () => {
  const { cookie } = await signedInUser(services, "operator");
  const sent = await submit("/rooms", cookie, { name: "Toast room" });
  expect(sent.location).toMatch(/^\/rooms\/[0-9a-f-]{36}$/);
  await expectToastOnce(sent, "Opened Toast room");
});

test("a review decision's toast shows on the review queue", async () => {
  const { cookie } = await signedInUser(services, "operator");
  const review = await createReview(services, {
    kind: "fact_verification",
    subjectType: "kg_node",
    subjectId: crypto.randomUUID(),
    title: "Is the toast shown?",
  });
  const sent = await submit("/reviews", cookie, { id: review.id, decision: "approve" });
  expect(sent.location).toBe("/reviews");
  await expectToastOnce(sent, "Approved: Is the toast shown?");
});
