/** Reads an HTML page's title, date, outlet and URL from its meta tags, `<time>` and JSON-LD. */
import { normalisePublished } from "./normalise-date.js";

export interface HtmlMetadata {
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
}

type JsonLd = Record<string, unknown>;

function meta(document: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Every JSON-LD object of the page, `@graph` lists flattened; malformed blocks are ignored. */
function jsonLdObjects(document: Document): JsonLd[] {
  const out: JsonLd[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      out.push(value as JsonLd);
      if ("@graph" in value) visit((value as JsonLd)["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken JSON-LD block is common and harmless: the meta tags still count.
    }
  }
  return out;
}

function jsonLdString(objects: JsonLd[], read: (o: JsonLd) => unknown): string | undefined {
  for (const o of objects) {
    const value = read(o);
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return undefined;
}

/**
 * Metadata of a page, most specific source first: Open Graph and article meta tags, then
 * `<meta name="date">`, `<time datetime>`, JSON-LD, and `<title>` / canonical link last.
 * Must run before scripts are removed (JSON-LD lives in a script).
 */
export function readHtmlMetadata(document: Document): HtmlMetadata {
  const ld = jsonLdObjects(document);
  const title =
    meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ??
    jsonLdString(ld, (o) => o.headline) ??
    (document.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim() || undefined);
  const rawDate =
    meta(
      document,
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[itemprop="datePublished"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date"]',
    ) ??
    (document.querySelector("time[datetime]")?.getAttribute("datetime")?.trim() || undefined) ??
    jsonLdString(ld, (o) => o.datePublished);
  const outlet =
    meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]') ??
    jsonLdString(ld, (o) => (o.publisher && typeof o.publisher === "object" ? (o.publisher as JsonLd).name : undefined));
  const url =
    meta(document, 'meta[property="og:url"]') ?? (document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || undefined);
  const published = normalisePublished(rawDate);
  return { ...(title && { title }), ...(published && { published }), ...(outlet && { outlet }), ...(url && { url }) };
}
