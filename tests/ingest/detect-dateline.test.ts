import { describe, expect, it } from "vitest";
import { detectDateline, readInputs } from "../../server/src/ingest/index.js";

describe("detectDateline", () => {
  it("reads a leading metadata line", () => {
    expect(detectDateline("date 2022-09-16 [Epoch Times, September 15, 2022] Xi met Putin.")).toEqual({ published: "2022-09-16", outlet: "Epoch Times" });
    expect(detectDateline("Date: 2023-01-05\nText.")).toEqual({ published: "2023-01-05" });
  });

  it("reads a bracketed dateline near the top, with its outlet", () => {
    expect(detectDateline("Headline\n\n[The Epoch Times, December 30, 2022](Report by Li Yan) Putin and Xi...")).toEqual({
      published: "2022-12-30",
      outlet: "The Epoch Times",
    });
    expect(detectDateline("(Reuters, Feb. 24, 2023) Troops crossed the border.")).toEqual({ published: "2023-02-24", outlet: "Reuters" });
  });

  it("ignores dates further down and impossible dates", () => {
    expect(detectDateline(`${"Words and more words. ".repeat(40)}[Reuters, March 3, 2021]`)).toBeUndefined();
    expect(detectDateline("date 2022-02-30\nText.")).toBeUndefined();
    expect(detectDateline("Putin spoke on Thursday (September 15) in Samarkand.")).toBeUndefined();
  });

  it("dates the seeds that carry a dateline", () => {
    const dates = Object.fromEntries(readInputs(["seeds"]).documents.map((d) => [d.id, d.published]));
    expect(dates["000_fab0eeebba585610"]).toBe("2022-09-16");
    expect(dates["003_41e8d1467cf90a82"]).toBe("2022-12-30");
    expect(dates["001_99b702be79d94449"]).toBeUndefined();
  });
});
