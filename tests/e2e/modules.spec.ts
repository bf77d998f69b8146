import { expect, test } from "./support/axe.ts";

/**
 * The modules journey: a form with bad input saves nothing and says why beside each field; fixed,
 * the module is registered and listed; and it can be edited.
 */
test.describe.configure({ mode: "serial" });

const slug = `e2e_${Date.now().toString(36)}`;

test("register a module: bad input is refused field by field, fixed it is listed", async ({
  page,
  axe,
}) => {
  await page.goto("/modules/new");
  await page.getByLabel("Name").fill("E2E Reasoner");
  // The slug follows the name until one is typed.
  await expect(page.getByLabel("Slug")).toHaveValue("e2e-reasoner");
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("active");
  await page.getByLabel("Slug").fill("Bad Slug!");
  await page.getByLabel("Name").fill("E2E Reasoner");
  await expect(page.getByLabel("Slug")).toHaveValue("Bad Slug!");
  await page.getByLabel("Kind").fill("cognition");
  await page.getByLabel("Load (0–100)").fill("150");
  // The browser's own checks would stop the post; the server's answer is what is under test.
  await page
    .locator("form")
    .last()
    .evaluate((form) => form.setAttribute("novalidate", ""));
  await page.getByRole("button", { name: "Register module" }).click();

  await expect(page.getByLabel("Slug")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Load (0–100)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Load must be from 0 to 100")).toBeVisible();
  await axe({ label: "module form with errors" });
  const listed = await page.request.get(`/api/v1/modules?kind=cognition&limit=100`);
  expect(JSON.stringify(await listed.json())).not.toContain("E2E Reasoner");

  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Load (0–100)").fill("40");
  await page.getByRole("button", { name: "Register module" }).click();
  await expect(page.getByRole("heading", { name: "E2E Reasoner" })).toBeVisible();

  await page.goto("/modules");
  await expect(page.getByRole("link", { name: "E2E Reasoner" })).toBeVisible();
  await axe({ label: "modules list" });
});

test("edit a module", async ({ page }) => {
  await page.goto("/modules");
  await page.getByRole("link", { name: "E2E Reasoner" }).click();
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Name").fill("E2E Reasoner v2");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "E2E Reasoner v2" })).toBeVisible();
  const api = await (await page.request.get(`/api/v1/modules?limit=100`)).json();
  const module = api.data.find((m: { slug: string }) => m.slug === slug);
  expect(module).toMatchObject({ name: "E2E Reasoner v2", version: 2 });
});

test("a module registered with a health endpoint is probed, without choosing a status", async ({
  page,
  baseURL,
}) => {
  await page.goto("/modules/new");
  await page.getByLabel("Name").fill("E2E Probed Service");
  await page.getByLabel("Kind").fill("service");
  await page.getByLabel("Health endpoint URL").fill(`${baseURL}/api/v1/health`);
  await page.getByLabel(/^Probe every/).fill("5");
  await page.getByRole("button", { name: "Register module" }).click();
  await expect(page.getByRole("heading", { name: "E2E Probed Service" })).toBeVisible();
  // Active by default, so the first probe runs; the card says so until it has.
  await expect(
    page.getByText(/not probed yet: the first probe runs within 5 s|^ok$/).first(),
  ).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByText("ok", { exact: true }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});
