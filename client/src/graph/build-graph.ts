/** Turns the API's serialized graph into the typed graphology instance the viewer works on. */
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import type {
  EdgeAttributes,
  EntityAttributes,
  GraphAttributes,
  SerializedGraphPayload,
} from "../../../server/src/types";

export type EntityGraph = Graph<EntityAttributes, EdgeAttributes, GraphAttributes>;

/** Builds an undirected graph from `GET /api/graph`; co-occurrence has no direction. */
export function buildGraph(payload: SerializedGraphPayload): EntityGraph {
  const graph: EntityGraph = new Graph<EntityAttributes, EdgeAttributes, GraphAttributes>({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  // The payload's `options` may say "mixed" or "undirected"; every edge is undirected either way,
  // so the client's own options win and the rest is imported as is.
  const { options: _options, ...data } = payload;
  graph.import(data as SerializedGraph<EntityAttributes, EdgeAttributes, GraphAttributes>);
  return graph;
}
