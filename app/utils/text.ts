/**
 * Postgres text cannot hold U+0000, so free text containing it would fail at the database as a
 * 500. Schemas of free-text fields refuse it as that field's error instead:
 * `z.string().refine(noNulCharacter, NO_NUL_MESSAGE)`.
 */
export const noNulCharacter = (value: string | undefined) => !value?.includes("\u0000");
export const NO_NUL_MESSAGE = "Must not contain the NUL character (U+0000)";
