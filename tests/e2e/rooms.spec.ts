import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { SIGNED_OUT, signIn, uniqueEmail } from "./support/accounts.ts";
import { waitForHydration } from "./support/app.ts";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";

/**
 * Two people in one room, each in a browser context of their own: the admin (signed in by the
 * setup project) and an operator the admin adds. Presence, typing, messages and an agent's reply
 * streamed to both, without a reload.
 */
const second = {
  name: "Rosa Room",
  email: uniqueEmail("rosa.room"),
  password: "rooms password 123",
};
const agentName = `Echo${Date.now().toString(36).slice(-4)}`;

test("two people and an agent work in one room, live", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  // The admin adds a person and defines an agent.
  await page.goto("/users");
  const userForm = page.locator("form#create-user");
  await userForm.getByLabel("Name").fill(second.name);
  await userForm.getByLabel("E-mail").fill(second.email);
  await userForm.getByLabel("Initial password").fill(second.password);
  await userForm.getByLabel("Role", { exact: true }).selectOption("operator");
  await userForm.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByText(`Added ${second.email}.`)).toBeVisible();

  await page.goto("/agents");
  const agentForm = page.locator("form#create-agent");
  await agentForm.getByLabel("Name").fill(agentName);
  await agentForm.getByLabel("Persona (system prompt)").fill("You repeat what you are told.");
  await agentForm.getByRole("button", { name: "Define agent" }).click();
  await expect(page.locator("p", { hasText: "You repeat what you are told." })).toBeVisible();

  // A room, the agent in it, the person invited.
  await page.getByRole("link", { name: "Rooms", exact: true }).first().click();
  await expect(page).toHaveURL(/\/rooms$/);
  const roomForm = page.locator("form#create-room");
  await roomForm.getByLabel("Name").fill("Launch room");
  await roomForm.getByLabel("Topic").fill("Friday's release");
  await roomForm.getByRole("button", { name: "Open room" }).click();
  await expect(page).toHaveURL(/\/rooms\/[0-9a-f-]{36}$/);
  const roomUrl = page.url();
  await page.getByLabel("Add an agent").selectOption({ label: agentName });
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText(`@${agentName}`)).toBeVisible();
  await page.getByLabel("Invite").selectOption({ label: `${second.name} (${second.email})` });
  await page.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(page.getByRole("button", { name: `Remove ${second.name}` })).toBeVisible();
  await waitForHydration(page);
  await expect(page.getByText("realtime: live")).toBeVisible();

  // The second person, in a context of their own.
  const context: BrowserContext = await browser.newContext({ storageState: SIGNED_OUT, baseURL });
  const other: Page = await context.newPage();
  try {
    await other.goto("/login");
    await signIn(other, second.email, second.password);
    await expect(other.getByRole("banner")).toContainText(second.name);
    await other.goto(roomUrl);
    await waitForHydration(other);
    await expect(other.getByText("realtime: live")).toBeVisible();

    // Presence: each sees the other.
    const here = (p: Page) => p.getByRole("list", { name: "Here now" });
    await expect(here(page)).toContainText(second.name);
    await expect(here(other)).toContainText("Ada Admin");

    // Typing shows on the other side.
    await other
      .getByRole("textbox", { name: "Message", exact: true })
      .pressSequentially("Hel", { delay: 50 });
    await expect(page.getByText(`${second.name} is typing…`)).toBeVisible();
    await other.getByRole("textbox", { name: "Message", exact: true }).fill("Hello from **Rosa**");
    await other.getByRole("button", { name: "Send" }).click();
    const messages = (p: Page) => p.getByRole("list", { name: "Messages" });
    await expect(messages(page).locator("strong", { hasText: "Rosa" })).toBeVisible();
    await expect(other.getByRole("textbox", { name: "Message", exact: true })).toHaveValue("");

    // The agent answers when mentioned, streamed to both.
    await page
      .getByRole("textbox", { name: "Message", exact: true })
      .fill(`@${agentName} please answer`);
    await page.getByRole("button", { name: "Send" }).click();
    for (const p of [page, other]) {
      await expect(p.getByRole("list", { name: "Replies being written" })).toContainText("word1");
    }
    for (const p of [page, other]) {
      await expect(messages(p)).toContainText("word40", { timeout: 20_000 });
      await expect(p.getByRole("list", { name: "Replies being written" })).toHaveCount(0);
    }
    // One message each from the people, one from the agent, the same on both sides.
    await expect(messages(page).getByRole("listitem")).toHaveCount(3);
    await expect(messages(other).getByRole("listitem")).toHaveCount(3);
    await expectNoSeriousA11yViolations(other, test.info(), { label: "room" });

    // Leaving shows on the other side.
    await other.close();
    await expect(here(page)).not.toContainText(second.name);
  } finally {
    await context.close();
  }
});
