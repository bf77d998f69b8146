import { describe, expect, test } from "vitest";
import { crossSiteRefusal } from "#app/utils/csrf.server.ts";

const own = "http://127.0.0.1:3000";
const headers = (h: Record<string, string>) => (name: string) => h[name.toLowerCase()] ?? null;

describe("crossSiteRefusal", () => {
  test("reads are never refused", () => {
    expect(crossSiteRefusal("GET", headers({ origin: "https://evil.example" }), own)).toBeNull();
  });

  test("a write from another origin is refused", () => {
    expect(crossSiteRefusal("POST", headers({ origin: "https://evil.example" }), own)).toMatch(
      /Cross-site/,
    );
    expect(crossSiteRefusal("DELETE", headers({ "sec-fetch-site": "cross-site" }), own)).toMatch(
      /Sec-Fetch-Site: cross-site/,
    );
    expect(
      crossSiteRefusal("POST", headers({ "sec-fetch-site": "same-site" }), own),
    ).not.toBeNull();
  });

  test("same-origin writes and writes with no browser headers pass", () => {
    expect(
      crossSiteRefusal("POST", headers({ origin: own, "sec-fetch-site": "same-origin" }), own),
    ).toBeNull();
    expect(crossSiteRefusal("POST", headers({}), own)).toBeNull();
  });

  test("bearer-token requests are exempt", () => {
    expect(
      crossSiteRefusal(
        "POST",
        headers({ origin: "https://evil.example", authorization: "Bearer x" }),
        own,
      ),
    ).toBeNull();
  });
});
