import { data } from "@remix-run/node";
import { InvalidModuleChangeError, SlugTakenError } from "./modules.server.ts";

/**
 * The answer a module form gives when a write fails on a field (a taken slug, a value that clashes
 * with the module's others): the message beside that field, nothing saved. Anything else is
 * rethrown.
 */
export function moduleFieldErrorReply<R>(
  submission: { reply(options: { fieldErrors: Record<string, string[]> }): R },
  error: unknown,
) {
  const field =
    error instanceof SlugTakenError
      ? "slug"
      : error instanceof InvalidModuleChangeError
        ? error.field
        : null;
  if (!field || !(error instanceof Error)) throw error;
  return data(
    { result: submission.reply({ fieldErrors: { [field]: [error.message] } }) },
    { status: field === "slug" ? 409 : 400 },
  );
}
