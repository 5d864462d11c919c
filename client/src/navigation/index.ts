/**
 * Navigation an analyst expects: zoom in, zoom out and fit buttons over the graph, and Escape
 * back to the whole view (after the panel has stepped back through its own views).
 */
import { h } from "../dom";
import type { EntitySigma } from "../render";
import type { ViewerSettings } from "../settings";
import type { ViewerState } from "../state";

export interface NavigationOptions {
  sigma: EntitySigma;
  state: ViewerState;
  settings: ViewerSettings;
  /** Frames every displayed node clear of the overlays (the "Fit" button, Escape). */
  fit(): Promise<void>;
}

function button(text: string, label: string, id: string, onClick: () => void): HTMLButtonElement {
  const element = h("button", { className: "zoom-button", text, attrs: { type: "button", id, "aria-label": label, title: label } });
  element.addEventListener("click", onClick);
  return element;
}

/** Mounts the zoom buttons in `container` and the Escape key on the document. */
export function mountNavigation(container: HTMLElement, { sigma, state, settings, fit }: NavigationOptions): void {
  const camera = sigma.getCamera();
  const options = { duration: settings.zoomDurationMs, factor: settings.zoomFactor };
  container.append(
    button("+", "Zoom in", "zoom-in", () => void camera.zoomIn(options)),
    button("−", "Zoom out", "zoom-out", () => void camera.zoomOut(options)),
    button("Fit", "Fit the view", "zoom-fit", () => void fit()),
  );
  // Registered after the panel's own Escape handler, so it sees the state the panel left: once the
  // panel is closed, Escape clears what is left (hover, ego, path) and shows the whole view.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    if (document.querySelector("dialog[open]")) return;
    const { selected, path } = state.get();
    if (selected !== null || path !== null) return;
    state.update({ hovered: null, ego: false });
    void fit();
  });
}
