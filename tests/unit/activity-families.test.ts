import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { activityFamilies } from "#app/activity/families.ts";

/** Every `type: "family.event"` the app's code records, by family. */
async function recordedFamilies(): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(file);
      else if (/\.tsx?$/.test(entry.name)) {
        const text = await readFile(file, "utf8");
        for (const match of text.matchAll(/\btype: ["`]([a-z_]+)\.[a-z_.${}]+["`]/g)) {
          found.set(match[1]!, [...(found.get(match[1]!) ?? []), file]);
        }
      }
    }
  };
  await walk("app");
  return found;
}

test("the activity page's type filter offers every family of event the app records", async () => {
  const offered = new Set(activityFamilies.map((f) => f.value.slice(0, -1)));
  const recorded = await recordedFamilies();
  expect(recorded.size).toBeGreaterThanOrEqual(10);
  for (const [family, files] of recorded) {
    expect(offered.has(family), `"${family}." (recorded in ${files[0]}) is not offered`).toBe(true);
  }
});
