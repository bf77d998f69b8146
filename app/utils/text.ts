/** A UTF-16 half of a pair without its other half (`"\ud800"` in JSON): not valid UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether Postgres text can hold this string: it cannot hold U+0000, nor an unpaired surrogate
 * (its text is UTF-8), and either one would fail at the database as a 500 instead of as the
 * client's mistake. Paired surrogates (emoji) are text like any other.
 *
 * The one rule for both ways in: the API checks every string and key of a request with it
 * before the operation's schema runs (`nulCharacterPaths`), and the schemas of free-text fields,
 * which forms parse with too, refine with `storableText`. Forms used to refuse only U+0000 while
 * the API also refused unpaired surrogates; both now keep the API's stricter rule.
 */
export const isStorableText = (text: string) =>
  !text.includes("\u0000") && !LONE_SURROGATE.test(text);

/** For free-text schemas: `z.string().refine(storableText, UNSTORABLE_TEXT_MESSAGE)`. */
export const storableText = (value: string | undefined) =>
  value === undefined || isStorableText(value);
export const UNSTORABLE_TEXT_MESSAGE =
  "Must not contain the NUL character (U+0000) or an unpaired surrogate";
