import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const CLI = ["--import", "tsx", "server/src/cli/index.ts"];
const out = mkdtempSync(join(tmpdir(), "entente-cli-"));

async function entente(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...args]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("entente build", () => {
  it("writes GEXF 1.2 from the seeds and prints a one-line summary", async () => {
    const file = join(out, "graph.gexf");
    const { code, stdout } = await entente("build", "seeds", "--out", file);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stdout).toMatch(/^5 documents, \d+ sentences, \d+ people, \d+ countries, \d+ organizations, \d+ edges in [\d.]+ s -> /);
    const xml = readFileSync(file, "utf8");
    expect(xml).toContain('version="1.2"');
    const graph = parse(Graph, xml);
    expect(graph.getNodeAttributes("person:vladimir-putin")).toMatchObject({ type: "person", documents: 5 });
  });

  it("writes GEXF 1.3 with --gexf-version 1.3 and graphology JSON with --out .json", async () => {
    const gexf = join(out, "graph13.gexf");
    expect((await entente("build", "seeds", "--out", gexf, "--gexf-version", "1.3")).code).toBe(0);
    expect(readFileSync(gexf, "utf8")).toContain('<gexf version="1.3"');
    const json = join(out, "graph.json");
    expect((await entente("build", "seeds", "--out", json)).code).toBe(0);
    const graph = Graph.from(JSON.parse(readFileSync(json, "utf8")));
    expect(graph.hasEdge("person:vladimir-putin", "person:xi-jinping")).toBe(true);
  });

  it("writes GraphML with --out .graphml, every node with its attributes", async () => {
    const file = join(out, "graph.graphml");
    expect((await entente("build", "seeds", "--out", file)).code).toBe(0);
    const xml = readFileSync(file, "utf8");
    expect(xml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"');
    expect(xml).toMatch(/<node id="person:vladimir-putin"><data key="n_label">Vladimir Putin<\/data><data key="n_type">person<\/data>/);
    expect(xml).toContain("inputs: seeds");
  });

  it("exits 2 with a usage message on a bad call", async () => {
    const noOut = await entente("build", "seeds");
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/--out FILE is required/);
    const badOption = await entente("build", "seeds", "--out", join(out, "x.gexf"), "--colour", "red");
    expect(badOption.code).toBe(2);
    expect((await entente("build", "seeds", "--out", join(out, "x.csv"))).code).toBe(2);
    expect((await entente("frobnicate")).code).toBe(2);
  });

  it("exits 1 when no input can be read", async () => {
    const { code, stderr } = await entente("build", join(out, "missing-folder"), "--out", join(out, "y.gexf"));
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing-folder: no such file or folder/);
  });
});
