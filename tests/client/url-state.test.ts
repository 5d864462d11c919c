/** Deep links: every part of the view survives encode then decode; junk falls back to defaults. */
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../../client/src/state";
import { isNavigation, viewChanges } from "../../client/src/url-state";
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
      dateRange: { from: "2024-01-01", to: "2024-06-30", undated: "exclude" },
      camera: { x: 0.5123, y: 0.25, ratio: 0.3 },
      labels: 2.5,
      documents: { q: "gas & oil", outlet: "Epoch Times", category: "business", from: "2022-01-01", to: "2022-12-31", undated: "exclude", entity: "person:vladimir-putin", neighbor: "person:xi-jinping", sort: "oldest" },
      reader: { document: "000_fab0eeebba585610", sentence: 3 },
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

describe("the reader and documents list in a link", () => {
  it("opens the list without filters, and the reader without a sentence", () => {
    const view = decodeView("#docs=1&doc=002_x");
    expect(view.documents).toEqual({});
    expect(view.reader).toEqual({ document: "002_x", sentence: null });
  });

  it("drops a neighbor without an entity, a bad date, a bad sort and a bad sentence", () => {
    const view = decodeView("#docs=1&dnb=person%3Axi-jinping&dfrom=2022-13&dsort=random&doc=a&sent=-1");
    expect(view.documents).toEqual({});
    expect(view.reader).toEqual({ document: "a", sentence: null });
  });

  it("keeps undated documents unless the link says to exclude them", () => {
    expect(decodeView("#from=2022-01-01").dateRange).toEqual({ from: "2022-01-01" });
    expect(decodeView("#from=2022-01-01&undated=exclude").dateRange).toEqual({ from: "2022-01-01", undated: "exclude" });
    expect(encodeView({ ...DEFAULT_VIEW, dateRange: { undated: "exclude" } })).toBe("#undated=exclude");
  });
});

describe("history entries", () => {
  const list = { ...DEFAULT_VIEW, documents: {} };
  it("are added when the reader or the documents list opens, closes or changes its subject", () => {
    expect(isNavigation(DEFAULT_VIEW, list)).toBe(true);
    expect(isNavigation(list, DEFAULT_VIEW)).toBe(true);
    expect(isNavigation(list, { ...list, reader: { document: "a", sentence: 1 } })).toBe(true);
    expect(isNavigation({ ...list, reader: { document: "a", sentence: 1 } }, { ...list, reader: { document: "a", sentence: 2 } })).toBe(true);
    expect(isNavigation(list, { ...list, documents: { entity: "person:vladimir-putin" } })).toBe(true);
  });

  it("are not added for a filter typed in the list or any other change", () => {
    expect(isNavigation(list, { ...list, documents: { q: "gas" } })).toBe(false);
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, selected: "person:vladimir-putin" })).toBe(false);
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
