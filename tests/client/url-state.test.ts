/** Deep links: every part of the view survives encode then decode; junk falls back to defaults. */
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../../client/src/state";
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
      filters: { types: ["person", "country"], minWeight: 2, minDegree: 3, hideIsolated: true },
      colorBy: "community",
      sizeBy: "pagerank",
      dateRange: { from: "2024-01-01", to: "2024-06-30" },
      camera: { x: 0.5123, y: 0.25, ratio: 0.3 },
    };
    expect(decodeView(encodeView(view))).toEqual(view);
  });

  it("ignores values that do not parse", () => {
    const view = decodeView("#types=person,martian&minw=-4&mindeg=abc&color=rainbow&size=huge&from=yesterday&cam=1,2");
    expect(view.filters.types).toEqual(["person"]);
    expect(view.filters.minWeight).toBe(DEFAULT_VIEW.filters.minWeight);
    expect(view.filters.minDegree).toBe(DEFAULT_VIEW.filters.minDegree);
    expect(view.colorBy).toBe("type");
    expect(view.sizeBy).toBe("degree");
    expect(view.dateRange).toEqual({});
    expect(view.camera).toBeNull();
  });

  it("drops evidence and ego without a selection", () => {
    const view = decodeView("#ev=person%3Axi-jinping&ego=1");
    expect(view.evidenceWith).toBeNull();
    expect(view.ego).toBe(false);
  });
});
