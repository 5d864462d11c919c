/** The table view's pure parts: rows of the view, filter, sort, and CSV that parses back. */
import { describe, expect, it } from "vitest";
import { computeVisibility } from "../../client/src/filters/utils";
import { buildGraph, indexGraph } from "../../client/src/graph";
import { ALL_FILTERS } from "../../client/src/state";
import { EDGE_COLUMNS, ENTITY_COLUMNS } from "../../client/src/table";
import { edgeRows, entityRows, filterRows, parseCsv, sortRows, toCsv } from "../../client/src/table/utils";
import { csvField } from "../../server/src/formats/index.js";
import type { SerializedGraphPayload } from "../../server/src/types";

const payload: SerializedGraphPayload = {
  attributes: { name: "table" },
  options: { type: "undirected" },
  nodes: [
    { key: "a", attributes: { label: 'Le "Monde", Paris', type: "organization", mentions: 9, documents: 4, aliases: [] } },
    { key: "b", attributes: { label: "Émile Zola", type: "person", mentions: 3, documents: 2, aliases: [] } },
    { key: "c", attributes: { label: "France", type: "country", mentions: 20, documents: 9, aliases: [] } },
  ],
  edges: [
    { source: "a", target: "b", attributes: { weight: 2, documents: 1, npmi: 0.5 } },
    { source: "b", target: "c", attributes: { weight: 7, documents: 3, npmi: 0.25 } },
  ],
};
const graph = buildGraph(payload);
const index = indexGraph(graph);
const visibility = computeVisibility(index, ALL_FILTERS);

describe("the table's rows", () => {
  const entities = entityRows(graph, index, visibility, [0.1, 0.5, 0.4], () => "C1");

  it("lists shown entities with their degree in the view", () => {
    expect(entities.map((row) => [row.id, row.degree])).toEqual([["a", 1], ["b", 2], ["c", 1]]);
  });

  it("sorts numbers and text both ways, and filters ignoring case and accents", () => {
    expect(sortRows(entities, { key: "mentions", descending: true }).map((row) => row.id)).toEqual(["c", "a", "b"]);
    expect(sortRows(entities, { key: "label", descending: false }).map((row) => row.id)).toEqual(["b", "c", "a"]);
    expect(filterRows(entities, ENTITY_COLUMNS, "emile").map((row) => row.id)).toEqual(["b"]);
  });

  it("names edges by their ends' labels", () => {
    expect(edgeRows(graph, index, visibility).map((row) => `${row.source}–${row.target} ${row.weight}`)).toEqual(['Le "Monde", Paris–Émile Zola 2', "Émile Zola–France 7"]);
  });
});

describe("CSV", () => {
  it("quotes fields with commas, quotes, line breaks or edge spaces, and only those", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('Le "Monde", Paris')).toBe('"Le ""Monde"", Paris"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField(0.25)).toBe("0.25");
  });

  it("parses back to the same cells", () => {
    const rows = edgeRows(graph, index, visibility);
    const parsed = parseCsv(toCsv(rows, EDGE_COLUMNS));
    expect(parsed[0]).toEqual(EDGE_COLUMNS.map((column) => column.label));
    expect(parsed.slice(1)).toEqual(rows.map((row) => EDGE_COLUMNS.map((column) => String(row[column.key]))));
  });
});
