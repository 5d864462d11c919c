import { describe, expect, it } from "vitest";
import { extractDocument, InvalidDocumentError, InvalidExtractOptionError } from "../../server/src/extract/index.js";
import { resolveExtractOptions, DEFAULT_EXTRACT_OPTIONS } from "../../server/src/extract/options.js";

describe("extract options", () => {
  it("merges given options over the defaults", () => {
    expect(resolveExtractOptions({ demonymsAsCountries: false })).toEqual({ ...DEFAULT_EXTRACT_OPTIONS, demonymsAsCountries: false });
  });
  it("rejects unknown options and wrong types", () => {
    expect(() => resolveExtractOptions({ nope: true } as never)).toThrow(InvalidExtractOptionError);
    expect(() => resolveExtractOptions({ demonymsAsCountries: "yes" } as never)).toThrow(InvalidExtractOptionError);
  });
  it("turns demonyms off", () => {
    const doc = extractDocument({ id: "x", path: "x", text: "Russian troops moved." }, { demonymsAsCountries: false });
    expect(doc.mentions).toEqual([]);
  });
  it("rejects a document without text", () => {
    expect(() => extractDocument({ id: "x", path: "x" } as never)).toThrow(InvalidDocumentError);
  });
});
