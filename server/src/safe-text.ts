/**
 * Text that stays valid: well-formed UTF-16 for what is stored and indexed by offset, XML 1.0
 * characters for what GEXF writers emit, one-line labels for what an analyst types. Pure and
 * dependency-free, so the viewer bundles it too (its "GEXF of this view" uses `xmlSafe`).
 */

/** The replacement character: what a character that cannot be kept becomes. */
export const REPLACEMENT = "\ufffd";

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Characters XML 1.0 forbids even as `&#...;` references (production [2] Char): C0 controls but
 * tab, line feed and carriage return, and U+FFFE/U+FFFF. Lone surrogates are handled apart.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Controls of any kind (C0, DEL, C1), line breaks included: none belongs in a one-line label. */
// eslint-disable-next-line no-control-regex -- as above
const LABEL_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/;

/**
 * Replaces each lone surrogate by U+FFFD, one code unit for one, as `String.prototype.toWellFormed`
 * does. SQLite stores text as UTF-8, where a lone surrogate comes back as three U+FFFD and shifts
 * every later offset by two; replacing it before extraction keeps text, offsets and labels in step.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, REPLACEMENT);
}

/** `text` with every character XML 1.0 forbids (controls, U+FFFE/U+FFFF, lone surrogates) replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  return wellFormed(text).replace(XML_FORBIDDEN, REPLACEMENT);
}

/** True when `label` holds a control character, a line break or a lone surrogate. */
export function hasForbiddenLabelChars(label: string): boolean {
  return LABEL_FORBIDDEN.test(label) || new RegExp(LONE_SURROGATE.source).test(label);
}
