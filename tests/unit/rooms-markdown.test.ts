import { expect, test } from "vitest";
import { renderMarkdown } from "#app/rooms/markdown.server.ts";
import { freshBudget, spend } from "#party/limits.ts";

test.each([
  ["<script>alert(1)</script>", /<script/i],
  ["<img src=x onerror=alert(1)>", /<img|onerror/i],
  ["[click](javascript:alert(1))", /javascript:/i],
  ["[click](data:text/html;base64,PHNjcmlwdD4=)", /data:/i],
  ['<a href="https://e.com" onclick="x()">y</a>', /onclick/i],
  ["<iframe src=https://e.com></iframe>", /<iframe/i],
  ['<div style="background:url(x)">z</div>', /style=/i],
  ["![x](https://e.com/x.png)", /<img/i],
])("markdown %s is rendered without anything active", (body, forbidden) => {
  expect(renderMarkdown(body)).not.toMatch(forbidden);
});

test("markdown keeps formatting, code and safe links", () => {
  const html = renderMarkdown("**b** _i_ `x<y`\n\n- one\n- two\n\n[site](https://example.com)");
  expect(html).toContain("<strong>b</strong>");
  expect(html).toContain("<em>i</em>");
  expect(html).toContain("<code>x&lt;y</code>");
  expect(html).toContain("<li>one</li>");
  expect(html).toContain('href="https://example.com"');
  expect(html).toContain('rel="noopener noreferrer nofollow"');
});

test("a party's message budget: within, one warning, drops, then close", () => {
  let budget = freshBudget();
  const verdicts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const spent = spend(budget, 3, 2, 1_000);
    budget = spent.budget;
    verdicts.push(spent.verdict);
  }
  expect(verdicts).toEqual([
    "ok",
    "ok",
    "ok",
    "warn",
    "drop",
    "drop",
    "close",
    "close",
    "close",
    "close",
  ]);
  // A new window starts afresh.
  expect(spend(budget, 3, 2, 1_000 + 10_000).verdict).toBe("ok");
});
