/** Reads a Markdown article: front matter for title and date, the body rendered to plain text. */
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { parse as parseYaml } from "yaml";
import { normalisePublished } from "./normalise-date.js";
import type { FormatReader } from "./types.js";

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** Bare URLs in running text are dropped like link targets: they are not prose. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;

/** Splits off a YAML front matter block; a block that is not valid YAML is dropped without metadata. */
export function splitFrontMatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { data: {}, body: source };
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch {
    data = undefined;
  }
  const record = data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { data: record, body: source.slice(match[0].length) };
}

/** Plain text of inline content: link text kept, URLs, images, code and raw HTML dropped. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
      return node.value.replace(BARE_URL, "");
    case "break":
      return "\n";
    case "inlineCode":
    case "code":
    case "html":
    case "image":
    case "imageReference":
    case "definition":
    case "footnoteReference":
      return "";
    default:
      return "children" in node ? (node.children as Nodes[]).map(inlineText).join("") : "";
  }
}

/** Collects the blocks of a tree as paragraphs (headings, paragraphs, list items, quotes). */
function collectBlocks(node: Nodes, out: string[]): void {
  switch (node.type) {
    case "paragraph":
    case "heading":
    case "tableCell": {
      const text = inlineText(node).replace(/[ \t]+/g, " ").replace(/ *\n */g, "\n").trim();
      if (text) out.push(text);
      return;
    }
    case "code":
    case "html":
    case "thematicBreak":
    case "definition":
    case "yaml":
      return;
    default:
      if ("children" in node) for (const child of node.children as Nodes[]) collectBlocks(child, out);
  }
}

/** Markdown rendered to plain text, one paragraph per block, blocks separated by a blank line. */
export function markdownToText(tree: Root): string {
  const blocks: string[] = [];
  collectBlocks(tree, blocks);
  return blocks.join("\n\n");
}

function firstHeading(tree: Root): string | undefined {
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 1) return inlineText(node).trim() || undefined;
  }
  return undefined;
}

function stringField(data: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return undefined;
}

/** One document per file; title from front matter `title:` or the first `# heading`, date from `date:`. */
export const readMarkdown: FormatReader = (source, { path, id }) => {
  const { data, body } = splitFrontMatter(source);
  const tree = fromMarkdown(body);
  const title = stringField(data, "title") ?? firstHeading(tree);
  const published = normalisePublished(data.date ?? data.published);
  const url = stringField(data, "url", "canonical");
  const outlet = stringField(data, "outlet", "source", "publisher");
  const text = markdownToText(tree);
  return {
    documents: [{ id, path, text, ...(title && { title }), ...(published && { published }), ...(url && { url }), ...(outlet && { outlet }) }],
    skipped: [],
  };
};
