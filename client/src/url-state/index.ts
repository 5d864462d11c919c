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

/** Keeps the camera in the state and the state in the URL (replaceState: no history spam). */
export function syncUrl(state: ViewerState, sigma: EntitySigma, settings: ViewerSettings): void {
  const camera = sigma.getCamera();
  camera.on("updated", ({ x, y, ratio }) => state.update({ camera: { x, y, ratio } }));
  let timer: number | undefined;
  state.subscribe((_snapshot, changes) => {
    if (changes.size === 1 && changes.has("hovered")) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = viewUrl(state);
      if (url !== window.location.href) window.history.replaceState(null, "", url);
    }, settings.urlDebounceMs);
  });
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
