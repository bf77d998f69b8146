import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Message bodies are markdown, rendered on the server and sanitised with an allowlist: raw HTML
 * in a message is escaped by the renderer's output passing through sanitize-html, which keeps
 * only formatting tags and http(s)/mailto links. The browser only ever receives this output.
 */
const marked = new Marked({ gfm: true, breaks: true, async: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title"], code: ["class"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "escape",
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow", target: "_blank" }),
  },
};
// `rel` and `target` are added by the transform after filtering; allow them on links.
allowed.allowedAttributes = {
  ...(allowed.allowedAttributes as Record<string, string[]>),
  a: ["href", "title", "rel", "target"],
};

export function renderMarkdown(body: string): string {
  const html = marked.parse(body) as string;
  return sanitizeHtml(html, allowed).trim();
}
