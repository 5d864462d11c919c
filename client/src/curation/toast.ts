/** The toast after a curation decision: what was done, with an Undo button for a while. */
import { h } from "../dom";
import type { ViewerSettings } from "../settings";

export interface Toast {
  /** Shows `message`; with `undo`, an Undo button that runs it (once). */
  show(message: string, undo?: () => Promise<void>): void;
}

export function mountToast(container: HTMLElement, settings: ViewerSettings): Toast {
  const element = h("div", { className: "toast", attrs: { id: "toast", role: "status", "aria-live": "polite" } });
  element.hidden = true;
  container.append(element);
  let timer: number | undefined;

  function show(message: string, undo?: () => Promise<void>): void {
    window.clearTimeout(timer);
    const children: (Node | string)[] = [h("span", { className: "toast-text", text: message })];
    if (undo) {
      const button = h("button", { className: "link-button toast-undo", text: "Undo", attrs: { type: "button", "data-action": "toast-undo" } });
      button.addEventListener("click", async () => {
        button.disabled = true;
        try {
          await undo();
        } catch (error) {
          show(`Could not undo: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
      children.push(button);
    }
    element.replaceChildren(...children);
    element.hidden = false;
    timer = window.setTimeout(() => (element.hidden = true), settings.toastMs);
  }
  return { show };
}
