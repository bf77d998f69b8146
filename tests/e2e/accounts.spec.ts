import {
  type APIRequestContext,
  type BrowserContext,
  expect,
  type Page,
  test,
} from "@playwright/test";
import { ADMIN, SIGNED_OUT, signIn, uniqueEmail } from "./support/accounts.ts";
import { waitForHydration } from "./support/app.ts";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";

/**
 * The accounts journey, in order, in one browser context that starts signed in as the admin:
 * sign out, a wrong password, sign in back to where one was going, API tokens (created in the UI,
 * used and revoked), and a second person with a lower role.
 */
let context: BrowserContext;
let page: Page;

const firstTokenName = `e2e first ${Date.now().toString(36)}`;
let firstToken = "";
const operator = {
  name: "Otto Operator",
  email: uniqueEmail("otto.operator"),
  password: "operator password 123",
};

/** Axe on the journey's page (the `axe` fixture would check the test's own, unused page). */
const axe = (label: string) => expectNoSeriousA11yViolations(page, test.info(), { label });

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function expectNoCookies(request: APIRequestContext) {
  expect((await request.storageState()).cookies, "the API context has no cookies").toEqual([]);
}

test.describe("the accounts journey", () => {
  test.describe.configure({ mode: "serial" });

  // The `request` fixture (and any context made here without options) carries no cookies: API
  // calls below authenticate with a bearer token or not at all.
  test.use({ storageState: SIGNED_OUT });

  test.beforeAll(async ({ browser }) => {
    // A session of its own: signing out ends a session on the server, and the other specs share
    // the saved admin session.
    context = await browser.newContext({ storageState: SIGNED_OUT });
    page = await context.newPage();
    await page.goto("/login");
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL("/");
  });

  test.afterAll(async () => {
    await context?.close();
  });

  test("sign out with the header button", async () => {
    // Signing out takes a POST from this origin: a link, or a form on another site, cannot.
    expect((await page.request.get("/logout")).status(), "GET /logout").toBe(405);
    const forged = await page.request.post("/logout", {
      headers: { Origin: "https://elsewhere.example" },
      maxRedirects: 0,
    });
    expect(forged.status(), "a cross-origin POST /logout").toBe(403);

    await page.goto("/");
    await expect(page.getByTestId("overall-status")).toBeVisible();
    await waitForHydration(page);
    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/login");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toHaveCount(0);

    // Signed out for real: the dashboard now asks to sign in.
    await page.goto("/");
    await expect(page).toHaveURL("/login");
  });

  test("a wrong password gets the generic error, and /login is axe clean", async () => {
    await expect(page).toHaveURL("/login");
    await axe("login");

    // An empty form is caught in the browser; fixing it, a single click then submits (the
    // button must not move away from under the pointer while the errors clear).
    const form = page.locator("form#login");
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(form.getByLabel("E-mail")).toHaveAccessibleDescription("Enter an e-mail address");
    await expect(form.getByLabel("Password")).toHaveAccessibleDescription("Enter your password");

    await signIn(page, ADMIN.email, "not the right password");
    await expect(
      page.getByText("Invalid e-mail or password."),
      "one click sends the corrected form",
    ).toBeVisible();
    await expect(page).toHaveURL("/login");
    await axe("login with an error");
  });

  test("signing in returns to the page one was going to", async () => {
    await page.goto("/settings/tokens");
    await expect(page).toHaveURL("/login?redirectTo=%2Fsettings%2Ftokens");

    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL("/settings/tokens");
    await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(`${ADMIN.name} (admin)`);
  });

  test("a token created in the UI works on the API until it is revoked", async ({ request }) => {
    await expect(page).toHaveURL("/settings/tokens");
    const form = page.locator("form#create-token");
    await form.getByLabel("Name").fill(firstTokenName);
    await form.getByLabel("Scope").selectOption("write");
    await form.getByLabel("Expires after").selectOption("30");
    await form.getByRole("button", { name: "Create token" }).click();

    const shown = page.getByTestId("new-token");
    await expect(shown).toBeVisible();
    firstToken = (await shown.textContent())?.trim() ?? "";
    expect(firstToken).toMatch(/^nxs_\S{20,}$/);
    // Copy answers either way: copied, or (where the browser refuses) the token selected.
    await page.getByRole("button", { name: "Copy", exact: true }).click();
    await expect(
      page.getByRole("button", { name: "Copied" }).or(page.getByText(/Selected: press Ctrl\+C/)),
    ).toBeVisible();
    const row = page
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: firstTokenName, exact: true }) });
    await expect(row).toContainText("write");
    await expect(row).toContainText("active");
    await axe("tokens, a token just created");

    // A new API context without cookies: only the token says who this is.
    await expectNoCookies(request);
    expect((await request.get("/api/v1/me")).status(), "no credentials").toBe(401);
    const me = await request.get("/api/v1/me", { headers: bearer(firstToken) });
    expect(me.status()).toBe(200);
    const meBody = await me.json();
    expect(meBody.data).toMatchObject({
      via: "token",
      effectiveRole: "operator", // a write token of an admin acts as an operator
      user: { email: ADMIN.email, role: "admin" },
    });
    const firstTokenId: string = meBody.data.tokenId;

    const created = await request.post("/api/v1/tokens", {
      headers: bearer(firstToken),
      data: { name: "e2e second (made with the first)", scope: "read" },
    });
    expect(created.status(), await created.text()).toBe(201);
    const second = (await created.json()).data;
    expect(second).toMatchObject({ scope: "read", revokedAt: null });
    expect(second.token).toMatch(/^nxs_/);

    // Revoke the first token in the UI.
    await page.reload();
    await expect(row).toContainText("active");
    await expect(page.getByRole("cell", { name: second.name, exact: true })).toBeVisible();
    await row.getByRole("button", { name: `Revoke ${firstTokenName}` }).click();
    // It asks first, saying what revoking does; cancelling keeps the token.
    const dialog = page.getByRole("dialog", { name: `Revoke ${firstTokenName}?` });
    await expect(dialog).toContainText("refused from now on");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText("active");
    await row.getByRole("button", { name: `Revoke ${firstTokenName}` }).click();
    await dialog.getByRole("button", { name: "Yes, revoke it" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: `Revoked ${firstTokenName}` }),
    ).toBeVisible();
    await expect(row).toContainText("revoked");
    await expect(row.getByRole("button", { name: /^Revoke/ })).toHaveCount(0);

    const refused = await request.get("/api/v1/me", { headers: bearer(firstToken) });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.message).toBe("The bearer token has been revoked.");
    // The token it made lives on, and is read-only.
    const viaSecond = await request.get("/api/v1/me", { headers: bearer(second.token) });
    expect(viaSecond.status()).toBe(200);
    expect((await viaSecond.json()).data).toMatchObject({ via: "token", effectiveRole: "viewer" });
    const lookup = await request.get(`/api/v1/tokens/${firstTokenId}`, {
      headers: bearer(second.token),
    });
    expect(lookup.status()).toBe(200);
    expect((await lookup.json()).data.revokedAt).not.toBeNull();
    await expectNoCookies(request);
  });

  test("an admin adds an operator on /users", async () => {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Users" })
      .click();
    await expect(page).toHaveURL("/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await axe("users");

    const form = page.locator("form#create-user");
    await form.getByLabel("Name").fill(operator.name);
    await form.getByLabel("E-mail").fill(operator.email);
    await form.getByLabel("Initial password").fill(operator.password);
    await form.getByLabel("Role").selectOption("operator");
    await form.getByRole("button", { name: "Add person" }).click();

    await expect(page.getByRole("status")).toHaveText(`Added ${operator.email}.`);
    const row = page
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: operator.email, exact: true }) });
    await expect(row).toContainText(operator.name);
    await expect(row.getByLabel(`Role of ${operator.name}`)).toHaveValue("operator");
    await expect(row).toContainText("active");
    // The form is empty again, ready for the next person.
    await expect(form.getByLabel("E-mail")).toHaveValue("");
    await axe("users, after adding someone");
  });

  test("the operator signs in and cannot manage users", async ({ browser }) => {
    const fresh = await browser.newContext({ storageState: SIGNED_OUT });
    try {
      const own = await fresh.newPage();
      await own.goto("/login");
      await signIn(own, operator.email, operator.password);
      await expect(own).toHaveURL("/");
      await expect(own.getByRole("banner")).toContainText(`${operator.name} (operator)`);

      const nav = own.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link", { name: "API tokens" })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);

      const users = await own.goto("/users");
      expect(users?.status()).toBe(403);
      await expect(
        own.getByRole("heading", { level: 1, name: "You may not open this page" }),
      ).toBeVisible();
      await expect(own.getByRole("main")).not.toContainText(operator.email);
    } finally {
      await fresh.close();
    }
  });
});

test.describe("the account pages in the dark theme", () => {
  test.use({ colorScheme: "dark" });

  test("are free of serious accessibility problems", async ({ page, browser }, testInfo) => {
    const dark = async (on: Page, label: string) => {
      await expect(on.locator("html")).toHaveClass(/\bdark\b/);
      await expectNoSeriousA11yViolations(on, testInfo, { label: `${label}, dark` });
    };
    await page.goto("/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await dark(page, "users");

    await page.goto("/settings/tokens");
    const form = page.locator("form#create-token");
    await form.getByLabel("Name").fill(`e2e dark ${Date.now().toString(36)}`);
    await form.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByTestId("new-token")).toBeVisible();
    await dark(page, "tokens, a token just created");

    const signedOut = await browser.newContext({ storageState: SIGNED_OUT, colorScheme: "dark" });
    try {
      const login = await signedOut.newPage();
      await login.goto("/login");
      await expect(login.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
      await dark(login, "login");
    } finally {
      await signedOut.close();
    }
  });
});
