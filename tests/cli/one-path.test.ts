/** `build` and `ingest` + `serve` give the same graph, and `eval` scores that path: one path from documents to graph. */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { SerializedGraph } from "graphology-types";
import { describe, expect, it } from "vitest";
import { scoreEntente } from "../../server/src/cli/eval-command.js";
import { Corpus } from "../../server/src/corpus/index.js";
import { loadRe3d, scorePipeline } from "../../server/src/extract/evaluate/index.js";

const run = promisify(execFile);
const CLI = ["--import", "tsx", "server/src/cli/index.ts"];
const dir = mkdtempSync(join(tmpdir(), "entente-one-path-"));
/** Hand-written BBC-like stories on which the two paths used to disagree ("Chelsea", "Yukos", "Assad", "Daesh"). */
const FIXTURE = "tests/fixtures/one-path";
const MINI = fileURLToPath(new URL("../fixtures/ner-open-mini", import.meta.url));

type Exported = SerializedGraph<Record<string, unknown>, Record<string, unknown>>;

/** Nodes and edges of an exported graph in a fixed order, edge keys left out (they are derived from the ends). */
function comparable(graph: Exported) {
  const nodes = [...graph.nodes].sort((a, b) => a.key.localeCompare(b.key));
  const edges = graph.edges.map(({ key: _key, ...e }) => e).sort((a, b) => `${a.source} ${a.target}`.localeCompare(`${b.source} ${b.target}`));
  return { nodes, edges };
}

/** The graph `build` writes (graphology JSON), and the graph a server derives from the database `ingest` wrote. */
async function bothPaths(input: string, name: string): Promise<{ built: Exported; served: Exported }> {
  const json = join(dir, `${name}.json`);
  const db = join(dir, `${name}.db`);
  await run(process.execPath, [...CLI, "build", input, "--out", json, "--workers", "1"]);
  await run(process.execPath, [...CLI, "ingest", input, "--db", db, "--workers", "0"]);
  const built = JSON.parse(readFileSync(json, "utf8")) as Exported;
  const corpus = Corpus.open({ db });
  try {
    return { built, served: corpus.graph.export() as unknown as Exported };
  } finally {
    corpus.close();
  }
}

const label = (g: Exported, id: string) => g.nodes.find((n) => n.key === id)?.attributes;

describe("one path from documents to graph", () => {
  it("gives the same nodes (ids, labels, types, mentions, aliases) and edges (weights, evidence) through build and through ingest + serve, on the fixture", async () => {
    const { built, served } = await bothPaths(FIXTURE, "fixture");
    expect(comparable(built)).toEqual(comparable(served));
    // The cases the two paths disagreed on: each resolved with the names typed in the other stories.
    for (const g of [built, served]) {
      expect(label(g, "organization:chelsea")).toMatchObject({ type: "organization", documents: 2 });
      expect(label(g, "person:chelsea")).toBeUndefined();
      expect(label(g, "organization:yukos")).toMatchObject({ documents: 2 });
      expect(label(g, "person:assad")).toMatchObject({ documents: 2 });
      expect(label(g, "organization:daesh")).toMatchObject({ documents: 2 });
    }
  }, 120_000);

  it("gives the same graph through build and through ingest + serve on the seeds", async () => {
    const { built, served } = await bothPaths("seeds", "seeds");
    expect(comparable(built)).toEqual(comparable(served));
    expect(built.nodes.length).toBeGreaterThan(20);
  }, 120_000);

  it("scores in eval exactly what the batch in one thread scores, through a corpus in memory", async () => {
    const set = loadRe3d(MINI);
    for (const options of [{}, { tagger: true }]) {
      expect((await scoreEntente(set, options)).scores).toEqual(scorePipeline(set, options).scores);
    }
  }, 60_000);
});
