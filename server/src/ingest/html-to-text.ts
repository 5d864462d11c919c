/** Strips a page's boilerplate (scripts, navigation, banners...) and turns what is left into paragraphs of text. */

/** Elements that are never article text. */
const BOILERPLATE_TAGS = [
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
  "nav", "header", "footer", "aside", "form", "button", "select", "input", "textarea", "dialog", "menu",
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="dialog"]',
  '[role="alertdialog"]', '[role="search"]', '[aria-hidden="true"]', "[hidden]",
].join(",");

/**
 * Class or id words of cookie/consent banners, newsletter boxes, share bars and the like.
 * Matched as whole words between `-`, `_` or spaces, so "cookie-banner" and "gdpr_notice"
 * match while "leadership" or "shares-rise" do not.
 */
const BOILERPLATE_NAME = /(?:^|[\s_-])(cookies?|consent|gdpr|cmp|onetrust|newsletter|subscribe|subscription|paywall|promo|advert|advertisement|ads?|share|sharing|social|related|breadcrumbs?|sidebar|popup|modal|banner|skip-link)(?:$|[\s_-])/i;

/** Containers never removed by name: a body class like "cookie-consent-open" must not take the page with it. */
const KEEP_BY_NAME = new Set(["HTML", "BODY", "MAIN", "ARTICLE"]);

/** Removes boilerplate elements in place. */
export function removeBoilerplate(root: Document | Element): void {
  for (const el of Array.from(root.querySelectorAll(BOILERPLATE_TAGS))) el.remove();
  for (const el of Array.from(root.querySelectorAll("[class],[id]"))) {
    if (KEEP_BY_NAME.has(el.tagName.toUpperCase()) || !el.isConnected) continue;
    const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (BOILERPLATE_NAME.test(names)) el.remove();
  }
}

/** Elements that start a new paragraph. */
const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "H1", "H2", "H3", "H4", "H5",
  "H6", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL",
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The visible text under an element, one paragraph per block element, paragraphs separated by a blank line. */
export function elementToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = (): void => {
    const text = current.replace(/[ \t\r\f\v\u00a0]+/g, " ").replace(/ *\n */g, "\n").trim();
    if (text) paragraphs.push(text);
    current = "";
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.nodeValue ?? "").replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === "BR") {
      current += "\n";
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}
