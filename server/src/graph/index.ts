/** The graph stage: co-occurrence graph, its search index and GEXF export. */
export { buildCooccurrenceGraph, BUILD_DEFAULTS, type BuildOptions, type CooccurrenceWindow } from "./build-cooccurrence.js";
export { createEntityGraph, edgeKey, type EntityGraph } from "./entity-graph.js";
export { EntitySearchIndex, type EntitySearchHit } from "./entity-search.js";
export { writeGexf, GEXF_DEFAULTS, type GexfOptions, type GexfVersion } from "./write-gexf.js";
export { fold } from "./fold.js";
export { npmi } from "./npmi.js";
export { applyCuration, compileCuration, type CurationMap } from "./apply-curation.js";
export { filterByDate, type DateFilter } from "./filter-by-date.js";
export { strongestPath } from "./shortest-path.js";
export { byPublishedThenId } from "./chronological.js";
export { countByType } from "./count-by-type.js";
export { topEntities, TOP_DEFAULTS, type TopEntity } from "./top-entities.js";
