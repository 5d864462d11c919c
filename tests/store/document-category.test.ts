/** A document's category is the folder it was read from, whatever the input named above it. */
import { describe, expect, it } from "vitest";
import { categoryOf } from "../../server/src/store/index.js";

describe("categoryOf", () => {
  it("takes the last folder of the path, not the input's name", () => {
    expect(categoryOf("bbc-news-2095/news/business/air-china.txt")).toBe("business");
    expect(categoryOf("business/012.txt")).toBe("business");
    expect(categoryOf("seeds/000_fab0eeebba585610.txt")).toBe("seeds");
  });

  it("reads Windows separators and ignores empty and dot segments", () => {
    expect(categoryOf("news\\sport\\001.txt")).toBe("sport");
    expect(categoryOf("./tech//002.txt")).toBe("tech");
  });

  it("gives none for a file without a folder, an upload or a posted record", () => {
    expect(categoryOf("article.txt")).toBeUndefined();
    expect(categoryOf("api")).toBeUndefined();
    expect(categoryOf("")).toBeUndefined();
  });
});
