/** Reads an HTML page: the visible article text (via Mozilla Readability) and its title, date, outlet and URL. */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { readHtmlMetadata } from "./html-metadata.js";
import { elementToText, removeBoilerplate } from "./html-to-text.js";
import type { FormatReader } from "./types.js";

/**
 * Readability gives up on candidates shorter than this many characters; short wire items
 * are still articles, so it is lower than Readability's default of 500.
 */
const READABILITY_CHAR_THRESHOLD = 200;

/**
 * The article text of a page: boilerplate removed first (Readability keeps a cookie banner
 * or share bar that sits inside the article), then Readability picks the main content; when
 * it finds none, the rest of the body is taken.
 */
export function htmlToArticleText(document: Document): string {
  removeBoilerplate(document);
  const fallback = elementToText(document.body ?? document.documentElement);
  const article = new Readability<Node>(document, {
    charThreshold: READABILITY_CHAR_THRESHOLD,
    // Keep the element rather than an HTML string, so paragraphs come from the DOM directly.
    serializer: (node) => node,
  }).parse();
  const text = article?.content ? elementToText(article.content) : "";
  return text || fallback;
}

/** One document per file. */
export const readHtml: FormatReader = (html, { path, id }) => {
  // linkedom's Document implements the DOM interfaces Readability and the readers use.
  const { document } = parseHTML(html) as unknown as { document: Document };
  const metadata = readHtmlMetadata(document);
  const text = htmlToArticleText(document);
  return { documents: [{ id, path, text, ...metadata }], skipped: [] };
};
