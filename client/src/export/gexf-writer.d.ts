/**
 * Types of graphology-gexf's writer module alone: importing it, not the package's browser entry,
 * skips the parser, which needs DOMParser at load time (absent in unit tests under Node).
 */
declare module "graphology-gexf/browser/writer.js" {
  import type { Attributes } from "graphology-types";
  import type Graph from "graphology-types";
  import type { GexfWriterOptions } from "graphology-gexf/common/types";
  export default function write<N extends Attributes = Attributes, E extends Attributes = Attributes>(
    graph: Graph<N, E>,
    options?: GexfWriterOptions<N, E>,
  ): string;
}
