/** A tiny element builder: every piece of data goes in through textContent, never innerHTML. */

export interface ElementOptions {
  className?: string;
  /** Set as textContent, so API data can never inject markup. */
  text?: string;
  attrs?: Record<string, string>;
}

/** Creates an element with optional class, text, attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  // append() turns strings into text nodes, which keeps them inert.
  element.append(...children);
  return element;
}

/** Looks up an element the page template must contain; a missing one is a build mistake. */
export function requireElement<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`requireElement: index.html has no element with id "${id}"`);
  return element as T;
}

/** Formats counts the same way everywhere (1,234). */
export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}
