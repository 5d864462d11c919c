/**
 * Deep links: the URL's hash always holds the whole view (selection, filters, mapping, path, date
 * range, camera); opening such a URL restores it; "Copy link" puts it on the clipboard.
 */
import { h } from "../dom";
import type { EntitySigma } from "../render";
import type { ViewerSettings } from "../settings";
import type { ViewerState, ViewState } from "../state";
import { decodeView, encodeView } from "./utils";

export { decodeView, encodeView, LABELS_RANGE } from "./utils";

/** The view a page opens with: what its URL says. */
export function initialView(): ViewState {
  return decodeView(window.location.hash);
}

/** The current page URL for the current view. */
export function viewUrl(state: ViewerState): string {
  const url = new URL(window.location.href);
  url.hash = encodeView(state.get());
  return url.toString();
}

/** True while a URL reached by back/forward (or pasted) is being applied: that change must not add a history entry. */
let following = false;

/**
 * True when a change opens, closes or moves the reader, or opens, closes or re-aims the documents
 * list (another entity or pair): the views back and forward step through. A filter typed in the
 * list, like every other change, only replaces the current entry.
 */
export function isNavigation(before: ViewState, after: ViewState): boolean {
  if (JSON.stringify(before.reader) !== JSON.stringify(after.reader)) return true;
  if ((before.documents === null) !== (after.documents === null)) return true;
  return before.documents !== null && after.documents !== null && (before.documents.entity !== after.documents.entity || before.documents.neighbor !== after.documents.neighbor);
}

/**
 * Keeps the camera in the state and the state in the URL: replaceState (no history spam), but
 * pushState for the reader and the documents list, so back and forward walk through them.
 */
export function syncUrl(state: ViewerState, sigma: EntitySigma, settings: ViewerSettings): void {
  const camera = sigma.getCamera();
  camera.on("updated", ({ x, y, ratio }) => state.update({ camera: { x, y, ratio } }));
  let timer: number | undefined;
  let last = state.get();
  state.subscribe((snapshot, changes) => {
    const before = last;
    last = snapshot;
    if (changes.size === 1 && changes.has("hovered")) return;
    if (!following && isNavigation(before, snapshot)) {
      window.clearTimeout(timer);
      window.history.pushState(null, "", viewUrl(state));
      return;
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = viewUrl(state);
      if (url !== window.location.href) window.history.replaceState(null, "", url);
    }, settings.urlDebounceMs);
  });
}

/** The fields of `next` that differ from `current` (deep for the object fields, so an equal filter set is no change). */
export function viewChanges(current: ViewState, next: ViewState): Partial<ViewState> {
  const patch: Partial<ViewState> = {};
  for (const key of Object.keys(next) as (keyof ViewState)[]) {
    if (JSON.stringify(current[key]) !== JSON.stringify(next[key])) Object.assign(patch, { [key]: next[key] });
  }
  return patch;
}

/**
 * Applies a link pasted into an open tab (or reached with back/forward): the URL's view replaces
 * the current one. Our own writes use replaceState, which fires neither event, so nothing loops.
 */
export function followUrl(state: ViewerState, sigma: EntitySigma): void {
  const apply = (): void => {
    const next = decodeView(window.location.hash);
    const patch = viewChanges(state.get(), next);
    if (Object.keys(patch).length === 0) return;
    following = true;
    try {
      state.update(patch);
    } finally {
      following = false;
    }
    // No camera in the link means the whole view, as on a first visit.
    sigma.getCamera().setState(next.camera ?? { x: 0.5, y: 0.5, ratio: 1 });
  };
  window.addEventListener("hashchange", apply);
  window.addEventListener("popstate", apply);
}

/** The "Copy link" button; falls back to selecting the URL in a prompt-free text field. */
export function mountCopyLink(container: HTMLElement, state: ViewerState): void {
  const button = h("button", { className: "button", text: "Copy link", attrs: { type: "button", id: "copy-link", title: "Copy a link to exactly this view" } });
  const done = h("span", { className: "copy-status", attrs: { role: "status" } });
  button.addEventListener("click", async () => {
    const url = viewUrl(state);
    window.history.replaceState(null, "", url);
    button.dataset.url = url;
    try {
      await navigator.clipboard.writeText(url);
      done.textContent = "Link copied";
    } catch {
      // No clipboard permission (plain http, embedded): the address bar holds the same link.
      done.textContent = "Link is in the address bar";
    }
    window.setTimeout(() => (done.textContent = ""), 2500);
  });
  container.append(button, done);
}
