// `npm run client`: the types of the TypeScript client (clients/typescript/schema.d.ts), made by
// openapi-typescript from the OpenAPI document NEXUS serves (scripts/openapi.mjs: from the build,
// no server). The file is committed; tests/unit/client-schema.test.ts makes it again and fails
// when the committed one differs, so the client cannot drift from the document.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { openApiDocument } from "./openapi.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Where the client lives; `schema.d.ts` is written there. */
export const clientDir = path.join(root, "clients/typescript");

const header = `/**
 * The NEXUS API's types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run \`npm run client\` after changing the API.
 */

`;

/**
 * The schema file's text for a document. `defaultNonNullable: false`: a field is required in the
 * types exactly when the document lists it in `required`. (openapi-typescript's default makes a
 * field with a `default` required too, which is right for answers but wrong for a request body
 * whose defaulted fields may be left out; the document already lists answers' fields as required.)
 *
 * @param {object} document an OpenAPI 3.1 document
 */
export async function clientSchemaText(document) {
  const ast = await openapiTS(structuredClone(document), {
    defaultNonNullable: false,
    silent: true,
  });
  return header + astToString(ast);
}

/**
 * Writes `schema.d.ts` into `dir` (the client's folder unless told) from the served document.
 *
 * @param {string} [dir]
 * @returns {Promise<string>} the file written
 */
export async function writeClientSchema(dir = clientDir) {
  const file = path.join(dir, "schema.d.ts");
  await writeFile(file, await clientSchemaText(await openApiDocument()));
  return file;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = await writeClientSchema(process.argv[2] ? path.resolve(process.argv[2]) : clientDir);
  console.error(`wrote ${path.relative(process.cwd(), file)}`);
}
