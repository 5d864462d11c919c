/**
 * A strict XML 1.0 well-formedness check for the GEXF tests. fast-xml-parser's XMLValidator
 * checks the markup but lets control characters through (it accepts "<a>\u0001</a>"), so the
 * Char production of XML 1.0 is checked here too, for raw characters and character references.
 */
import { XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";

/** Any character outside XML 1.0's Char: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const NOT_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when a `&#...;` reference names a character XML 1.0 forbids. */
function forbiddenReference(xml: string): string | undefined {
  for (const [ref, hex, dec] of xml.matchAll(/&#(?:x([0-9a-fA-F]+)|(\d+));/g)) {
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) return ref;
  }
  return undefined;
}

/** Asserts `xml` is well-formed XML 1.0: markup by XMLValidator, every character by the Char production. */
export function expectWellFormedXml(xml: string, what = "xml"): void {
  expect(XMLValidator.validate(xml), what).toBe(true);
  const bad = NOT_CHAR.exec(xml);
  expect(bad && `U+${bad[0].charCodeAt(0).toString(16).padStart(4, "0")} at ${bad.index}`, what).toBeNull();
  expect(forbiddenReference(xml), what).toBeUndefined();
}
