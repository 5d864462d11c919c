/**
 * The search box: asks `GET /api/entities` as the user types, lists suggestions, and hands the
 * picked entity (Enter or click) to `onPick`. Follows the ARIA combobox pattern for keyboards.
 */
import type { EntitySummary } from "../../../server/src/types";
import { searchEntities } from "../api";
import { h } from "../dom";
import type { ViewerSettings } from "../settings";

export interface SearchOptions {
  settings: ViewerSettings;
  onPick(entity: EntitySummary): void;
  /** Prefix of the element ids, unique per search box on the page. */
  id?: string;
  label?: string;
  placeholder?: string;
  /** Entities not to offer (e.g. the entity itself when picking a merge target). */
  exclude?: () => ReadonlySet<string>;
}

/** Mounts an autocomplete box in `container`; returns its input, for focusing. */
export function mountSearch(
  container: HTMLElement,
  { settings, onPick, id = "search", label = "Search entities", placeholder = "Search people, countries, organizations…", exclude }: SearchOptions,
): HTMLInputElement {
  const input = h("input", {
    className: "search-input",
    attrs: {
      type: "search",
      placeholder,
      "aria-label": label,
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": `${id}-suggestions`,
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = h("ul", { className: "search-suggestions", attrs: { id: `${id}-suggestions`, role: "listbox" } });
  list.hidden = true;
  container.append(input, list);

  let results: EntitySummary[] = [];
  /** The text `results` answer; Enter on newer text searches again instead of using stale hits. */
  let resultsFor = "";
  let active = -1;
  let pending: AbortController | null = null;
  let timer: number | undefined;

  function render(): void {
    list.replaceChildren(
      ...results.map((entity, index) => {
        const item = h("li", { className: `search-suggestion type-${entity.type}`, attrs: { role: "option", id: `${id}-option-${index}` } }, [
          h("span", { className: "swatch", attrs: { "aria-hidden": "true" } }),
          h("span", { className: "search-label", text: entity.label }),
          h("span", { className: "search-meta", text: `${entity.type} · ${entity.mentions} mentions` }),
        ]);
        item.setAttribute("aria-selected", String(index === active));
        // mousedown, not click: it fires before the input's blur closes the list.
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          pick(entity);
        });
        return item;
      }),
    );
    list.hidden = results.length === 0;
    input.setAttribute("aria-expanded", String(!list.hidden));
    if (active >= 0) input.setAttribute("aria-activedescendant", `${id}-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  }

  function close(): void {
    results = [];
    resultsFor = "";
    active = -1;
    render();
  }

  function pick(entity: EntitySummary): void {
    input.value = entity.label;
    close();
    onPick(entity);
  }

  async function query(text: string): Promise<EntitySummary[]> {
    pending?.abort();
    const trimmed = text.trim();
    if (trimmed === "") return [];
    pending = new AbortController();
    const response = await searchEntities(trimmed, settings.searchLimit, pending.signal);
    const excluded = exclude?.() ?? new Set<string>();
    return response.results.filter((entity) => !excluded.has(entity.id));
  }

  async function refresh(): Promise<void> {
    try {
      const text = input.value.trim();
      results = await query(text);
      resultsFor = text;
      active = results.length > 0 ? 0 : -1;
      render();
    } catch (error) {
      // A newer keystroke aborted this request; its own answer will render.
      if (error instanceof DOMException && error.name === "AbortError") return;
      console.error(error);
      close();
    }
  }

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void refresh(), settings.searchDebounceMs);
  });

  input.addEventListener("keydown", async (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + results.length) % results.length;
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      window.clearTimeout(timer);
      // Enter before the debounce fired (fast typing, tests) still searches the current text.
      const text = input.value.trim();
      const fresh = text === resultsFor && active >= 0;
      const choice = fresh ? results[active] : (await query(text).catch(() => []))[0];
      if (choice) pick(choice);
    } else if (event.key === "Escape") {
      close();
    }
  });

  input.addEventListener("blur", close);
  return input;
}
