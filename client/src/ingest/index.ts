/**
 * The "Add articles" dialog: paste a text or drop/choose files. Files are uploaded as they are
 * (`POST /api/files`, in batches under the body limit) and read on the server by the CLI's
 * readers, so a Markdown file keeps its front-matter title and date and an HTML page its meta
 * tags; a pasted text is read as a .txt file is (`POST /api/documents`, text/plain: title line and
 * dateline, the Title field winning). Progress is n of m files, skips and
 * errors are listed by file name, then the open graph is refetched and swapped in place.
 */
import type { FilesResponse } from "../../../server/src/types";
import { postFiles, postText } from "../api/files";
import { h } from "../dom";
import type { ViewerSettings } from "../settings";
import { droppedFiles, type NamedFile } from "./dropped-files";
import { ACCEPTED_EXTENSIONS, planUploads, toBase64 } from "./utils";

export interface IngestOptions {
  /** Refetches the graph; resolves when the new graph is on screen. */
  reload(): Promise<void>;
  /** Selects a newly found entity, to show where it landed. */
  onOpenEntity(entity: string): void;
  settings: Pick<ViewerSettings, "uploadBatchBytes" | "uploadMaxFileBytes">;
}

/** What one submission stored and skipped, over every request it took. */
interface Outcome {
  documents: { label: string; detail: string }[];
  entities: Map<string, string>;
  problems: string[];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Adds one `POST /api/files` answer to the outcome. */
function record(outcome: Outcome, response: FilesResponse): void {
  for (const doc of response.added) {
    outcome.documents.push({ label: doc.title ?? doc.file, detail: [doc.file, doc.published ?? "undated"].join(" · ") });
    for (const entity of doc.entities) outcome.entities.set(entity.id, entity.label);
  }
  for (const skip of response.skipped) outcome.problems.push(`Skipped ${skip.file}: ${skip.reason}`);
}

/** A chosen file with the name it is uploaded under: its path within a chosen folder when there is one, else its name. */
function chosenFile(file: File): NamedFile {
  return { file, name: file.webkitRelativePath || file.name };
}

export function mountIngest(trigger: HTMLElement, options: IngestOptions): void {
  const open = h("button", { className: "button", text: "Add articles", attrs: { type: "button", id: "add-articles", "aria-haspopup": "dialog" } });
  const title = h("input", { className: "text-input", attrs: { type: "text", name: "title", placeholder: "Title (optional)" } });
  const text = h("textarea", { className: "text-input", attrs: { name: "text", rows: "7", placeholder: "Paste an article here…" } });
  const files = h("input", { attrs: { type: "file", name: "files", multiple: "", accept: ACCEPTED_EXTENSIONS.join(",") } });
  const drop = h("label", { className: "drop-zone" }, ["Drop .txt, .md, .html, .json or .jsonl files or folders here, or ", files]);
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

  let dropped: NamedFile[] = [];
  // A dropped folder is walked after the event: Add waits for the walk, so a quick click loses nothing.
  let walking: Promise<void> = Promise.resolve();
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
    walking = droppedFiles(event.dataTransfer).then(
      (named) => {
        dropped = named;
        status.textContent = `${dropped.length} file${dropped.length === 1 ? "" : "s"} ready.`;
      },
      (error: unknown) => {
        status.textContent = `Could not read the dropped files: ${errorText(error)}`;
      },
    );
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    await walking;
    const chosen = [...[...(files.files ?? [])].map(chosenFile), ...dropped].map((named) => ({ ...named, size: named.file.size }));
    const pasted = text.value.trim();
    if (!pasted && chosen.length === 0) {
      status.textContent = "Paste a text or choose files first.";
      return;
    }
    submit.disabled = true;
    errors.replaceChildren();
    results.replaceChildren();
    const outcome: Outcome = { documents: [], entities: new Map(), problems: [] };
    const { batches, tooLarge } = planUploads(chosen, options.settings.uploadBatchBytes, options.settings.uploadMaxFileBytes);
    for (const file of tooLarge) outcome.problems.push(`Skipped ${file.name}: ${file.size} bytes, over the upload limit of ${options.settings.uploadMaxFileBytes}`);
    const total = chosen.length - tooLarge.length + (pasted ? 1 : 0);
    let done = 0;
    progress.hidden = false;
    progress.max = Math.max(1, total);
    progress.value = 0;
    if (pasted) {
      status.textContent = `Adding ${done + 1} of ${total}: pasted text`;
      try {
        const response = await postText(pasted, title.value.trim() || undefined);
        for (const doc of response.added) {
          outcome.documents.push({ label: title.value.trim() || "Pasted text", detail: doc.id });
          for (const entity of doc.entities) outcome.entities.set(entity.id, entity.label);
        }
        for (const skip of response.skipped) outcome.problems.push(`Skipped pasted text: ${skip.reason}`);
      } catch (error) {
        outcome.problems.push(`Pasted text: ${errorText(error)}`);
      }
      progress.value = ++done;
    }
    for (const batch of batches) {
      status.textContent = `Adding ${done + 1}${batch.length > 1 ? `–${done + batch.length}` : ""} of ${total}: ${batch.map((named) => named.name).join(", ")}`;
      try {
        const uploads = await Promise.all(batch.map(async ({ file, name }) => ({ name, content: toBase64(new Uint8Array(await file.arrayBuffer())) })));
        record(outcome, await postFiles(uploads));
      } catch (error) {
        for (const { name } of batch) outcome.problems.push(`${name}: ${errorText(error)}`);
      }
      done += batch.length;
      progress.value = done;
    }
    for (const problem of outcome.problems) errors.append(h("li", { text: problem }));
    const added = outcome.documents.length;
    const summary = `Added ${added} article${added === 1 ? "" : "s"} with ${outcome.entities.size} entit${outcome.entities.size === 1 ? "y" : "ies"}.`;
    status.textContent = `${summary} Updating the graph…`;
    try {
      if (added > 0) await options.reload();
      status.textContent = summary;
      results.replaceChildren(
        ...outcome.documents.map((doc) => h("li", { className: "ingest-document" }, [h("strong", { text: doc.label }), ` ${doc.detail}`])),
        ...[...outcome.entities].map(([id, label]) => {
          const show = h("button", { className: "link-button", text: label, attrs: { type: "button", "data-id": id } });
          show.addEventListener("click", () => {
            dialog.close();
            options.onOpenEntity(id);
          });
          return h("li", {}, [show]);
        }),
      );
    } catch (error) {
      errors.append(h("li", { text: `Could not update the graph: ${errorText(error)}` }));
    }
    text.value = "";
    title.value = "";
    files.value = "";
    dropped = [];
    submit.disabled = false;
    dialog.dataset.state = "done";
  });
}
