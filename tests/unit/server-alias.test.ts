import { describe, expect, test } from "vitest";
import { aliasApiPath } from "#app/server/http.server.ts";

describe("aliasApiPath", () => {
  test.each([
    ["/api/health", "/api/v1/health"],
    ["/api/ready?x=1", "/api/v1/ready?x=1"],
    ["/api/modules/abc", "/api/v1/modules/abc"],
    ["/api/v1/health", "/api/v1/health"],
    ["/api/v2/health", "/api/v2/health"],
    ["/api/docs", "/api/docs"],
    ["/api/docs/swagger-ui.css", "/api/docs/swagger-ui.css"],
    ["/api/docsearch", "/api/v1/docsearch"],
    ["/api/version", "/api/v1/version"],
  ])("%s is served from %s", (incoming, served) => {
    expect(aliasApiPath(incoming)).toBe(served);
  });
});
