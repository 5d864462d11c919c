/**
 * The corpus checks of the BBC articles, pinned on committed stories written like them (tests/fixtures/corpus-checks):
 * through `build` and through `ingest` + the served graph, no award, competition, product or work is a person or
 * an organization, no entity is split over its short forms, and the outlet's self-references make it no hub;
 * `entente top` lists what an analyst checks.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { SerializedGraph } from "graphology-types";
import { beforeAll, describe, expect, it } from "vitest";
import { Corpus } from "../../server/src/corpus/index.js";

const run = promisify(execFile);
const CLI = ["--import", "tsx", "server/src/cli/index.ts"];
const FIXTURE = "tests/fixtures/corpus-checks";
const dir = mkdtempSync(join(tmpdir(), "entente-corpus-checks-"));
const db = join(dir, "checks.db");

type Exported = SerializedGraph<Record<string, unknown>, Record<string, unknown>>;
const graphs: Record<"build" | "ingest", Exported> = {} as Record<"build" | "ingest", Exported>;

beforeAll(async () => {
  const json = join(dir, "checks.json");
  await run(process.execPath, [...CLI, "build", FIXTURE, "--out", json, "--workers", "1"]);
  await run(process.execPath, [...CLI, "ingest", FIXTURE, "--db", db, "--workers", "0"]);
  graphs.build = JSON.parse(readFileSync(json, "utf8")) as Exported;
  const corpus = Corpus.open({ db });
  try {
    graphs.ingest = corpus.graph.export() as unknown as Exported;
  } finally {
    corpus.close();
  }
}, 120_000);

const node = (g: Exported, id: string) => g.nodes.find((n) => n.key === id)?.attributes as { label: string; mentions: number; documents: number; aliases: string[] } | undefined;
const linked = (g: Exported, a: string, b: string) => g.edges.some((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));

describe.each(["build", "ingest"] as const)("corpus checks through %s", (path) => {
  it("has no award, competition, product or work among the people and organizations", () => {
    const g = graphs[path];
    const labels = g.nodes.filter((n) => n.attributes?.type !== "country").map((n) => String(n.attributes?.label));
    for (const thing of ["Oscar", "Davis Cup", "Six Nations", "Champions League", "Premiership", "Bafta", "Golden Globes", "PlayStation Portable", "PSP", "DS", "Vera Drake"]) {
      expect(labels, thing).not.toContain(thing);
    }
  });
  it("gives every form of a party one organization", () => {
    const g = graphs[path];
    expect(node(g, "organization:conservative-party")?.aliases).toEqual(expect.arrayContaining(["Tories", "Tory", "Conservatives"]));
    expect(node(g, "organization:labour-party")?.aliases).toEqual(expect.arrayContaining(["Labour"]));
    for (const split of ["person:tories", "organization:tory", "organization:tories", "organization:labour", "person:labour"]) expect(node(g, split), split).toBeUndefined();
  });
  it("merges surnames and acronyms into the entity they stand for, and keeps two people of one surname apart", () => {
    const g = graphs[path];
    expect(node(g, "person:tony-blair")?.documents).toBe(4);
    expect(node(g, "person:mike-blair")?.documents).toBe(2);
    expect(node(g, "person:george-w-bush")?.aliases).toContain("Bush");
    expect(node(g, "organization:european-union")?.aliases).toContain("EU");
    expect(node(g, "organization:london-stock-exchange")?.documents).toBe(2);
    for (const split of ["person:blair", "person:bush", "organization:eu", "organization:lse"]) expect(node(g, split), split).toBeUndefined();
  });
  it("gives a club's short name to the club its story names ('United boss' after Manchester United)", () => {
    const g = graphs[path];
    expect(node(g, "organization:manchester-united")?.mentions).toBe(4);
    expect(node(g, "organization:manchester-united")?.aliases.sort()).toEqual(["Manchester United", "United"]);
    expect(node(g, "organization:united")).toBeUndefined();
  });
  it("keeps the outlet's own reporting and drops its self-references, so it links no one it quoted", () => {
    const g = graphs[path];
    expect(node(g, "organization:bbc")?.documents).toBe(1);
    for (const quoted of ["person:tony-blair", "person:michael-howard", "person:jose-mourinho", "person:imelda-staunton"]) expect(linked(g, "organization:bbc", quoted), quoted).toBe(false);
    expect(g.nodes.some((n) => String(n.attributes?.label).startsWith("BBC "))).toBe(false);
  });
});

describe("both paths and the top report", () => {
  it("give the same entities", () => {
    const entities = (g: Exported) => g.nodes.map((n) => `${n.key} ${n.attributes?.mentions}`).sort();
    expect(entities(graphs.build)).toEqual(entities(graphs.ingest));
  });
  it("lists the most mentioned entities of each type with their aliases", async () => {
    const { stdout } = await run(process.execPath, [...CLI, "top", "--db", db, "--limit", "3"]);
    const blocks = stdout.trim().split(/\n\n/);
    expect(blocks.map((b) => b.split("\n")[0])).toEqual(["person (top 3: mentions, documents, aliases)", "country (top 3: mentions, documents, aliases)", "organization (top 3: mentions, documents, aliases)"]);
    expect(blocks[0].split("\n")[1]).toMatch(/^\s+1\s+Tony Blair\s+\d+\s+4\s+\[Blair\]$/);
    expect(blocks[2]).toMatch(/European Union\s+\d+\s+3\s+\[EU\]/);
    const { stdout: one } = await run(process.execPath, [...CLI, "top", FIXTURE, "--type", "organization", "--limit", "1"]);
    expect(one.trim().split("\n")).toHaveLength(2);
  }, 60_000);
  it("says what is wrong with its options", async () => {
    await expect(run(process.execPath, [...CLI, "top", "--db", db, "--type", "place"])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--type must be one of person, country, organization, got "place"') });
    await expect(run(process.execPath, [...CLI, "top"])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("give either --db FILE or the files") });
  }, 60_000);
});
