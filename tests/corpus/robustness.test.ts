import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PATHOLOGICAL_SHAPES } from "../../bench/pathological-shapes.js";
import { EXTRACTION_LIMITS } from "../../server/src/config.js";
import { Corpus, ExtractPool } from "../../server/src/corpus/index.js";
import { contentHash, readInputs, type ReadDocument } from "../../server/src/ingest/index.js";

const seeds = readInputs(["seeds"]).documents;
const asRead = (id: string, text: string): ReadDocument => ({ id, path: `test:${id}`, text, hash: contentHash(text) });

describe("extraction of pathological text", () => {
  const pool = new ExtractPool(1);
  afterAll(() => pool.close());

  it("extracts every pathological shape at 100 KB within a bound, each sentence cut to the limit", async () => {
    const corpus = Corpus.open({ db: ":memory:" });
    try {
      const docs = Object.entries(PATHOLOGICAL_SHAPES).map(([name, make], i) => asRead(`shape-${i}`, `${make(100_000)} (${name})`));
      const started = performance.now();
      const report = await corpus.ingest(docs, { pool });
      // Before the fix one of these (Aa Ba Ca ...) never finished; each takes about a second now.
      expect((performance.now() - started) / 1000).toBeLessThan(120);
      expect(report.skipped).toEqual([]);
      expect(report.added).toHaveLength(docs.length);
      for (const doc of report.added) {
        expect(Math.max(...doc.sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(EXTRACTION_LIMITS.maxSentenceChars);
      }
      expect(report.added[0].sentences.every((s) => s.cut)).toBe(true);
    } finally {
      corpus.close();
    }
  }, 180_000);
});

describe("a document past its time budget", () => {
  it("is skipped with the reason and nothing of it is stored, while the next document is", async () => {
    const pool = new ExtractPool(1, { budgetMs: 1000 });
    const corpus = Corpus.open({ db: ":memory:" });
    try {
      const slow = asRead("slow", PATHOLOGICAL_SHAPES["Aa Ba Ca ..."](600_000));
      const quick = asRead("quick", "Vladimir Putin met Xi Jinping in Moscow.");
      const report = await corpus.ingest([slow, quick], { pool });
      expect(report.skipped).toEqual([{ id: "slow", path: "test:slow", reason: expect.stringMatching(/time budget/) }]);
      expect(report.added.map((d) => d.id)).toEqual(["quick"]);
      expect(corpus.store.listDocuments(0, 10).map((d) => d.id)).toEqual(["quick"]);
    } finally {
      corpus.close();
      await pool.close();
    }
  }, 120_000);
});

describe("a worker that dies", () => {
  it("is replaced: only its document is skipped, and every other document of the batch is stored", async () => {
    // A small heap: the 1 MB document runs the worker out of memory, an article does not.
    const pool = new ExtractPool(1, { resourceLimits: { maxOldGenerationSizeMb: 48 } });
    const corpus = Corpus.open({ db: ":memory:" });
    try {
      const huge = asRead("huge", PATHOLOGICAL_SHAPES["Aa Ba Ca ..."](1_000_000));
      const report = await corpus.ingest([huge, ...seeds], { pool });
      expect(report.skipped).toEqual([{ id: "huge", path: "test:huge", reason: expect.stringMatching(/worker died.*memory/) }]);
      expect(report.added.map((d) => d.id).sort()).toEqual(seeds.map((d) => d.id).sort());
    } finally {
      corpus.close();
      await pool.close();
    }
  }, 180_000);
});

describe("special files and links in an input folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "entente-robust-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  copyFileSync(join("seeds", readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort()[0]), join(dir, "good.txt"));

  it("skips a named pipe unopened, and a link back to a folder holding it, and reads the good file", () => {
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    mkdirSync(join(dir, "sub"));
    symlinkSync(dir, join(dir, "sub/back"));
    // Reading the FIFO would block this test forever; it must not be opened.
    const { documents, skipped } = readInputs([dir]);
    expect(documents.map((d) => d.id)).toEqual(["good"]);
    expect(skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: join(dir, "pipe.txt"), kind: "special", reason: expect.stringMatching(/named pipe/) }),
        expect.objectContaining({ path: join(dir, "sub/back"), kind: "symlink-loop" }),
      ]),
    );
  });

  it("reads a folder linked twice only once", () => {
    const other = mkdtempSync(join(tmpdir(), "entente-robust-"));
    try {
      mkdirSync(join(other, "real"));
      writeFileSync(join(other, "real/story.txt"), "Angela Merkel visited Paris.");
      symlinkSync(join(other, "real"), join(other, "alias"));
      const { documents, skipped } = readInputs([other]);
      expect(documents.map((d) => d.id)).toEqual(["story"]);
      expect(skipped).toEqual([expect.objectContaining({ path: join(other, "real"), kind: "duplicate" })]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it("refuses a file over the size limit before reading it, and a document over the length limit", () => {
    const big = mkdtempSync(join(tmpdir(), "entente-robust-"));
    try {
      writeFileSync(join(big, "big.txt"), "Angela Merkel visited Paris. ".repeat(100));
      writeFileSync(join(big, "small.txt"), "Emmanuel Macron met Olaf Scholz.");
      const bySize = readInputs([big], { maxFileBytes: 1000 });
      expect(bySize.documents.map((d) => d.id)).toEqual(["small"]);
      expect(bySize.skipped).toEqual([expect.objectContaining({ path: join(big, "big.txt"), kind: "too-large", reason: expect.stringMatching(/over the limit of 1000/) })]);
      const byLength = readInputs([big], { maxDocumentChars: 1000 });
      expect(byLength.skipped).toEqual([expect.objectContaining({ kind: "too-large", reason: expect.stringMatching(/characters, over the limit of 1000/) })]);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });
});
