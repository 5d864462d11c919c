/** Deep links: every part of the view survives encode then decode; junk falls back to defaults. */
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../../client/src/state";
import { viewChanges } from "../../client/src/url-state";
import { decodeView, encodeView } from "../../client/src/url-state/utils";

describe("the deep-link codec", () => {
  it("writes nothing for the default view", () => {
    expect(encodeView(DEFAULT_VIEW)).toBe("");
    expect(decodeView("")).toEqual(DEFAULT_VIEW);
  });

  it("round-trips a full view", () => {
    const view: ViewState = {
      selected: "person:vladimir-putin",
      evidenceWith: "person:xi-jinping",
      ego: true,
      path: { from: "person:vladimir-putin", to: "country:india" },
      filters: { types: ["person", "country"], minWeight: 2, minDegree: 3, hideIsolated: true, topN: 120, rankBy: "mentions", minMentions: 4, minNpmi: -0.25 },
      colorBy: "community",
      sizeBy: "pagerank",
      dateRange: { from: "2024-01-01", to: "2024-06-30" },
      camera: { x: 0.5123, y: 0.25, ratio: 0.3 },
      labels: 2.5,
    };
    expect(decodeView(encodeView(view))).toEqual(view);
  });

  it("ignores values that do not parse", () => {
    const view = decodeView("#types=person,martian&minw=-4&mindeg=abc&color=rainbow&size=huge&from=yesterday&cam=1,2&top=-3&npmi=7&labels=x&rank=likes");
    expect(view.filters.types).toEqual(["person"]);
    expect(view.filters.minWeight).toBe(DEFAULT_VIEW.filters.minWeight);
    expect(view.filters.minDegree).toBe(DEFAULT_VIEW.filters.minDegree);
    expect(view.colorBy).toBe("type");
    expect(view.sizeBy).toBe("degree");
    expect(view.dateRange).toEqual({});
    expect(view.camera).toBeNull();
    expect(view.filters.topN).toBe(DEFAULT_VIEW.filters.topN);
    expect(view.filters.minNpmi).toBe(DEFAULT_VIEW.filters.minNpmi);
    expect(view.filters.rankBy).toBe(DEFAULT_VIEW.filters.rankBy);
    expect(view.labels).toBe(DEFAULT_VIEW.labels);
  });

  it("writes 'Show all' as top=0 and an open NPMI floor", () => {
    const hash = encodeView({ ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, topN: 0, minNpmi: -1 } });
    expect(hash).toContain("top=0");
    expect(decodeView(hash).filters).toMatchObject({ topN: 0, minNpmi: -1 });
  });

  it("drops evidence and ego without a selection", () => {
    const view = decodeView("#ev=person%3Axi-jinping&ego=1");
    expect(view.evidenceWith).toBeNull();
    expect(view.ego).toBe(false);
  });
});

describe("a pasted link's changes", () => {
  it("are only the fields whose values differ, compared deeply", () => {
    const current = decodeView("#s=person%3Avladimir-putin&minw=2");
    const next = decodeView("#s=person%3Axi-jinping&minw=2");
    expect(viewChanges(current, next)).toEqual({ selected: "person:xi-jinping" });
    expect(viewChanges(current, decodeView("#s=person%3Avladimir-putin&minw=2"))).toEqual({});
  });
});
