/** The layout button: starts and stops ForceAtlas2, shows when the no-overlap pass runs. */
import { h } from "../dom";
import type { LayoutController, LayoutPhase } from "./index";

const LABELS: Record<LayoutPhase, string> = { idle: "Run layout", forceatlas2: "Stop layout", noverlap: "Removing overlaps…" };

/** `layout()` is asked on each click: the controller changes when the graph is replaced. */
export function mountLayoutControls(container: HTMLElement, layout: () => LayoutController): (phase: LayoutPhase) => void {
  const button = h("button", { className: "button", text: LABELS.idle, attrs: { type: "button", id: "layout-toggle" } });
  button.addEventListener("click", () => {
    const current = layout();
    if (current.phase() === "idle") current.start();
    else current.stop();
  });
  container.append(button);
  return (phase) => {
    button.textContent = LABELS[phase];
    button.disabled = phase === "noverlap";
    button.setAttribute("aria-pressed", String(phase === "forceatlas2"));
  };
}
