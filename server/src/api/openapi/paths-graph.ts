/** The reading routes of the graph: the whole graph, entities, neighbors, evidence, paths and the GEXF export. */
import { API_LIMITS } from "../../config.js";
import { GEXF_VERSIONS, TABLE_FORMAT_NAMES, type TableFormat } from "../routes/export.js";
import { NEIGHBOR_SORTS } from "../routes/neighbors.js";
import { operation, type DescribeOptions } from "./operation.js";
import { DATE_RANGE, entityInQuery, entityTypeFilter, idInPath, limit, textInQuery } from "./parameters.js";
import { json } from "./responses.js";
import type { Paths } from "./types.js";

export function graphPaths(options: DescribeOptions): Paths {
  const tags = ["graph"];
  return {
    "/api/graph": {
      get: operation("get", {
        operationId: "getGraph",
        summary: "The graph in graphology's serialized form, evidence left out",
        tags,
        parameters: DATE_RANGE,
        answers: { 200: json("SerializedGraph", "The co-occurrence graph (of the documents in the date range, when given).") },
      }, options),
    },
    "/api/entities": {
      get: operation("get", {
        operationId: "searchEntities",
        summary: "Entities whose label or alias matches, best first; without q, the most mentioned",
        description: "Prefix search, case- and accent-insensitive, one typo tolerated in longer words.",
        tags,
        parameters: [
          textInQuery("q", "The search text.", API_LIMITS.searchQueryMax),
          entityTypeFilter("Only entities of this type."),
          limit(API_LIMITS.searchDefault, API_LIMITS.searchMax, "entities"),
        ],
        answers: { 200: json("EntitySearch", "The matches, best first, and how many there are in all.") },
      }, options),
    },
    "/api/entities/{id}": {
      get: operation("get", {
        operationId: "getEntity",
        summary: "One entity: counts, degree, aliases seen",
        tags,
        parameters: [idInPath("id", "entity")],
        answers: { 200: json("EntitySummary", "The entity.") },
      }, options),
    },
    "/api/entities/{id}/neighbors": {
      get: operation("get", {
        operationId: "getNeighbors",
        summary: "The entities that share a sentence with this one, strongest edge first",
        tags,
        parameters: [
          idInPath("id", "entity"),
          entityTypeFilter("Only neighbors of this type."),
          { name: "minWeight", in: "query", description: "Only edges of at least this many sentences.", schema: { type: "number", minimum: 0, default: 0 } },
          limit(API_LIMITS.neighborsDefault, API_LIMITS.neighborsMax, "neighbors"),
          {
            name: "sort",
            in: "query",
            description: "Rank by sentences (weight), distinct documents, or NPMI (which discounts hubs).",
            schema: { type: "string", enum: [...NEIGHBOR_SORTS], default: NEIGHBOR_SORTS[0] },
          },
          ...DATE_RANGE,
        ],
        answers: { 200: json("Neighbors", "The neighbors (none when the entity does not occur in the date range).") },
      }, options),
    },
    "/api/edges/{source}/{target}/evidence": {
      get: operation("get", {
        operationId: "getEvidence",
        summary: "The sentences behind an edge",
        tags,
        parameters: [idInPath("source", "entity"), idInPath("target", "entity")],
        answers: { 200: json("EdgeEvidence", "Both entities, the edge's counts and its sentences.") },
      }, options),
    },
    "/api/path": {
      get: operation("get", {
        operationId: "getPath",
        summary: "The strongest chain of co-occurrences between two entities (edge length 1/weight)",
        tags,
        parameters: [entityInQuery("from", "The entity the path starts from."), entityInQuery("to", "The entity it ends at.")],
        // The entities are named in the query, not the path, yet an unknown one is a 404.
        errors: [404],
        answers: { 200: json("Path", "The path with each hop's evidence; no nodes when the two are not connected.") },
      }, options),
    },
    "/api/export.gexf": {
      get: operation("get", {
        operationId: "exportGexf",
        summary: "The graph as a GEXF download (Gephi, NetworkX)",
        tags,
        parameters: [
          { name: "version", in: "query", description: "The GEXF version.", schema: { type: "string", enum: [...GEXF_VERSIONS], default: GEXF_VERSIONS[0] } },
          ...DATE_RANGE,
        ],
        answers: {
          200: {
            description: "The GEXF file, as an attachment named entente.gexf.",
            content: { "application/gexf+xml": { schema: { type: "string" } } },
          },
        },
      }, options),
    },
    ...tableExportPaths(options),
  };
}

/** What each table export is, for its description: the file's media type and what it holds. */
const TABLE_EXPORTS: Record<TableFormat, { operationId: string; type: string; summary: string; file: string }> = {
  graphml: { operationId: "exportGraphml", type: "application/graphml+xml", summary: "The graph as a GraphML download (Gephi, NetworkX, yEd, igraph)", file: "entente.graphml" },
  "nodes.csv": { operationId: "exportNodesCsv", type: "text/csv", summary: "The entities as CSV (RFC 4180): id, label, type, mentions, documents, aliases, first and last seen", file: "entente-nodes.csv" },
  "edges.csv": { operationId: "exportEdgesCsv", type: "text/csv", summary: "The links as CSV (RFC 4180): id, source, target, their labels, weight, documents, NPMI, first and last seen", file: "entente-edges.csv" },
};

function tableExportPaths(options: DescribeOptions): Paths {
  const paths: Paths = {};
  for (const format of TABLE_FORMAT_NAMES) {
    const { operationId, type, summary, file } = TABLE_EXPORTS[format];
    paths[`/api/export.${format}`] = {
      get: operation("get", {
        operationId,
        summary,
        tags: ["graph"],
        parameters: DATE_RANGE,
        answers: { 200: { description: `The file, as an attachment named ${file}.`, content: { [type]: { schema: { type: "string" } } } } },
      }, options),
    };
  }
  return paths;
}
