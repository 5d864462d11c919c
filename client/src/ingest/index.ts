/**
 * The "Add articles" dialog: paste a text or drop/choose files; each file is posted to
 * `POST /api/documents` in turn (progress n of m, errors by file name), then the open graph is
 * refetched and swapped in place, new entities placed near their neighbors.
 */
import type { DocumentRecord, IngestResponse } from "../../../server/src/types";
import { postDocuments } from "../api";
import { h } from "../dom";
import { ACCEPTED_EXTENSIONS, extensionOf, jsonRecords, textRecord, UnreadableFileError } from "./utils";

export interface IngestOptions {
  /** Refetches the graph; resolves when the new graph is on screen. */
  reload(): Promise<void>;
  /** Selects a newly found entity, to show where it landed. */
  onOpenEntity(entity: string): void;
}

/** Elements whose text is page furniture, not the article. */
const NOT_ARTICLE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, [role=navigation], [aria-hidden=true]";

/** The visible article text of an HTML file, with its title. */
function htmlRecord(content: string, fileName: string): DocumentRecord {
  const doc = new DOMParser().parseFromString(content, "text/html");
  const title = doc.querySelector('meta[property="og:title"]')?.getAttribute("content") ?? doc.title;
  const root = doc.querySelector("article, main") ?? doc.body;
  root.querySelectorAll(NOT_ARTICLE).forEach((element) => element.remove());
  // Block elements end paragraphs: keep that, so sentences do not run into each other.
  root.querySelectorAll("p, h1, h2, h3, h4, li, br, div, section, blockquote").forEach((element) => element.append("\n\n"));
  const text = (root.textContent ?? "").replace(/[ \t]+/g, " ").replace(/\n\s*\n+/g, "\n\n").trim();
  return textRecord(text, fileName, title || undefined);
}

async function recordsOf(file: File): Promise<DocumentRecord[]> {
  const extension = extensionOf(file.name);
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UnreadableFileError(`${file.name}: unsupported file type (use ${ACCEPTED_EXTENSIONS.join(", ")})`);
  }
  const content = await file.text();
  if (content.includes("\u0000")) throw new UnreadableFileError(`${file.name}: looks binary, not text`);
  if (extension === ".json" || extension === ".jsonl") return jsonRecords(content, file.name);
  if (extension === ".html" || extension === ".htm") return [htmlRecord(content, file.name)];
  return [textRecord(content, file.name)];
}

function summarize(responses: IngestResponse[]): { added: number; entities: { id: string; label: string }[]; skipped: string[] } {
  const entities = new Map<string, string>();
  let added = 0;
  const skipped: string[] = [];
  for (const response of responses) {
    added += response.added.length;
    for (const document of response.added) for (const entity of document.entities) entities.set(entity.id, entity.label);
    for (const skip of response.skipped) skipped.push(`${skip.id ?? `record ${skip.index + 1}`}: ${skip.reason}`);
  }
  return { added, entities: [...entities].map(([id, label]) => ({ id, label })), skipped };
}

export function mountIngest(trigger: HTMLElement, options: IngestOptions): void {
  const open = h("button", { className: "button", text: "Add articles", attrs: { type: "button", id: "add-articles", "aria-haspopup": "dialog" } });
  const title = h("input", { className: "text-input", attrs: { type: "text", name: "title", placeholder: "Title (optional)" } });
  const text = h("textarea", { className: "text-input", attrs: { name: "text", rows: "7", placeholder: "Paste an article here…" } });
  const files = h("input", { attrs: { type: "file", name: "files", multiple: "", accept: ACCEPTED_EXTENSIONS.join(",") } });
  const drop = h("label", { className: "drop-zone" }, ["Drop .txt, .md, .html, .json or .jsonl files here, or ", files]);
  const progress = h("progress", { attrs: { max: "1", value: "0" } });
  progress.hidden = true;
  const status = h("p", { className: "ingest-status", attrs: { role: "status", "aria-live": "polite" } });
  const errors = h("ul", { className: "ingest-errors error" });
  const results = h("ul", { className: "ingest-results" });
  const submit = h("button", { className: "button primary", text: "Add", attrs: { type: "submit" } });
  const cancel = h("button", { className: "button", text: "Close", attrs: { type: "button", value: "cancel" } });
  const form = h("form", { className: "ingest-form", attrs: { method: "dialog" } }, [
    h("h2", { text: "Add articles" }),
    title,
    text,
    drop,
    progress,
    status,
    errors,
    results,
    h("div", { className: "dialog-actions" }, [cancel, submit]),
  ]);
  const dialog = h("dialog", { className: "ingest-dialog", attrs: { id: "ingest-dialog", "aria-label": "Add articles" } }, [form]);
  document.body.append(dialog);
  trigger.append(open);

  let dropped: File[] = [];
  open.addEventListener("click", () => {
    dialog.showModal();
    text.focus();
  });
  cancel.addEventListener("click", () => dialog.close());
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("dragging");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("dragging"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("dragging");
    dropped = [...(event.dataTransfer?.files ?? [])];
    status.textContent = `${dropped.length} file${dropped.length === 1 ? "" : "s"} ready.`;
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const batches: { name: string; records: () => Promise<DocumentRecord[]> }[] = [];
    if (text.value.trim()) batches.push({ name: "Pasted text", records: async () => [textRecord(text.value, "pasted text", title.value)] });
    for (const file of [...(files.files ?? []), ...dropped]) batches.push({ name: file.name, records: () => recordsOf(file) });
    if (batches.length === 0) {
      status.textContent = "Paste a text or choose files first.";
      return;
    }
    submit.disabled = true;
    errors.replaceChildren();
    results.replaceChildren();
    progress.hidden = false;
    progress.max = batches.length;
    const responses: IngestResponse[] = [];
    for (const [i, batch] of batches.entries()) {
      status.textContent = `Adding ${i + 1} of ${batches.length}: ${batch.name}`;
      progress.value = i;
      try {
        responses.push(await postDocuments(await batch.records()));
      } catch (error) {
        errors.append(h("li", { text: `${batch.name}: ${error instanceof Error ? error.message : String(error)}` }));
      }
    }
    progress.value = batches.length;
    const { added, entities, skipped } = summarize(responses);
    for (const reason of skipped) errors.append(h("li", { text: `Skipped ${reason}` }));
    status.textContent = `Added ${added} article${added === 1 ? "" : "s"} with ${entities.length} entit${entities.length === 1 ? "y" : "ies"}. Updating the graph…`;
    try {
      if (added > 0) await options.reload();
      status.textContent = `Added ${added} article${added === 1 ? "" : "s"} with ${entities.length} entit${entities.length === 1 ? "y" : "ies"}.`;
      results.replaceChildren(
        ...entities.map((entity) => {
          const show = h("button", { className: "link-button", text: entity.label, attrs: { type: "button", "data-id": entity.id } });
          show.addEventListener("click", () => {
            dialog.close();
            options.onOpenEntity(entity.id);
          });
          return h("li", {}, [show]);
        }),
      );
    } catch (error) {
      errors.append(h("li", { text: `Could not update the graph: ${error instanceof Error ? error.message : String(error)}` }));
    }
    text.value = "";
    title.value = "";
    files.value = "";
    dropped = [];
    submit.disabled = false;
    dialog.dataset.state = "done";
  });
}
