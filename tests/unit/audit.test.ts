import { describe, expect, test } from "vitest";
import { type AuditReport, evaluate, reachedRegistry } from "../../scripts/audit.ts";

const report: AuditReport = {
  vulnerabilities: {
    "left-pad": {
      name: "left-pad",
      severity: "high",
      via: [
        {
          source: 1,
          name: "left-pad",
          title: "Prototype pollution",
          url: "https://github.com/advisories/GHSA-aaaa-bbbb-cccc",
          severity: "high",
        },
      ],
    },
    wrapper: { name: "wrapper", severity: "high", via: ["left-pad"] },
    "is-odd": {
      name: "is-odd",
      severity: "moderate",
      via: [
        {
          source: 2,
          name: "is-odd",
          title: "ReDoS",
          url: "https://x/GHSA-dddd",
          severity: "moderate",
        },
      ],
    },
    "is-even": {
      name: "is-even",
      severity: "critical",
      via: [
        {
          source: 3,
          name: "is-even",
          title: "RCE",
          url: "https://github.com/advisories/GHSA-eeee",
          severity: "critical",
        },
      ],
    },
  },
};

describe("npm audit policy (scripts/audit.ts)", () => {
  test("high and critical advisories block; moderate ones and transitive mentions do not count twice", () => {
    const verdict = evaluate(report, [], "2026-11-26");
    expect(verdict.blocking.map((a) => a.package).sort()).toEqual(["is-even", "left-pad"]);
  });

  test("an allowance with a reason lets one through until it expires", () => {
    const allowance = {
      advisory: "GHSA-aaaa-bbbb-cccc",
      package: "left-pad",
      reason: "only reachable from the CLI with trusted input",
      expires: "2026-12-31",
    };
    const live = evaluate(report, [allowance], "2026-11-26");
    expect(live.blocking.map((a) => a.package)).toEqual(["is-even"]);
    expect(live.allowed.map((a) => a.package)).toEqual(["left-pad"]);
    const later = evaluate(report, [allowance], "2027-01-01");
    expect(later.expired).toEqual([allowance]);
    expect(later.blocking.map((a) => a.package).sort()).toEqual(["is-even", "left-pad"]);
  });

  test("an allowance that matches nothing is reported as unused", () => {
    const stale = { advisory: "GHSA-zzzz", package: "gone", reason: "r", expires: "2099-01-01" };
    expect(evaluate(report, [stale], "2026-11-26").unused).toEqual([stale]);
  });

  test("an audit endpoint that did not answer is told apart from a clean report", () => {
    expect(reachedRegistry(report)).toBe(true);
    expect(reachedRegistry({ vulnerabilities: {} })).toBe(true);
    expect(reachedRegistry({ message: "405 Method Not Allowed - POST .../advisories/bulk" })).toBe(
      false,
    );
    expect(reachedRegistry({ error: { code: "ENOAUDIT", summary: "no audit" } })).toBe(false);
  });
});
