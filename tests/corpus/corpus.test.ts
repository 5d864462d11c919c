import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Corpus } from "../../server/src/corpus/index.js";
import { extractorVersion } from "../../server/src/corpus/extractor-version.js";
import { readInputs } from "../../server/src/ingest/index.js";

const seeds = readInputs(["seeds"]).documents;
const story = (id: string, text: string) => ({ id, path: `${id}.txt`, text, hash: `hash-${id}` });

describe("Corpus", () => {
  it("ingests in worker threads with the same result as in this thread", async () => {
    const inline = Corpus.open({ db: ":memory:" });
    const threaded = Corpus.open({ db: ":memory:" });
    try {
      await inline.ingest(seeds, { workers: 0 });
      const progress: number[] = [];
      await threaded.ingest(seeds, { workers: 2, onProgress: (done) => progress.push(done) });
      expect(threaded.graph.export()).toEqual(inline.graph.export());
      expect(progress.at(-1)).toBe(seeds.length);
    } finally {
      inline.close();
      threaded.close();
    }
  });

  it("re-extracts stored documents when the extractor has changed, keeping them and their ids", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "entente-corpus-")), "stale.db");
    const first = Corpus.open({ db });
    await first.ingest(seeds, { workers: 0 });
    const before = first.graph.export();
    expect(first.isStale()).toBe(false);
    // Pretend an older extractor wrote the mentions, and damage one document's extraction.
    first.store.setMeta("extractor", "an-older-extractor");
    const doc = first.store.getDocument(seeds[0].id)!;
    first.store.replaceExtraction({ ...doc, mentions: [], entities: {} });
    first.close();

    const second = Corpus.open({ db });
    try {
      expect(second.isStale()).toBe(true);
      expect(await second.reextract({ workers: 0 })).toBe(seeds.length);
      expect(second.isStale()).toBe(false);
      expect(second.store.getMeta("extractor")).toBe(extractorVersion());
      expect(second.graph.export()).toEqual(before);
      expect(second.store.getDocument(seeds[0].id)!.addedAt).toBe(doc.addedAt);
    } finally {
      second.close();
    }
  });

  it("resolves a stored document again with the names typed in one stored after it ('Chelsea boss' makes the bare Chelsea a club)", async () => {
    const corpus = Corpus.open({ db: ":memory:" });
    try {
      await corpus.ingest([story("kit", "Umbro lost its shirt deal with Chelsea and Celtic.")]);
      expect(corpus.curatedDocument("kit")!.mentions.map((m) => m.entity)).not.toContain("organization:chelsea");
      await corpus.ingest([story("cup", "Chelsea boss Jose Mourinho said his side had earned the cup.")]);
      expect(corpus.curatedDocument("kit")!.mentions.map((m) => m.entity)).toContain("organization:chelsea");
      expect(corpus.graph.hasNode("person:chelsea")).toBe(false);
    } finally {
      corpus.close();
    }
  });

  it("keeps the mentions of a document stored without its typed spans (by an older entente) as they are", async () => {
    const corpus = Corpus.open({ db: ":memory:" });
    try {
      await corpus.ingest([story("a", "President Vladimir Putin spoke in Moscow.")]);
      const { spans: _spans, ...old } = corpus.store.loadExtractedDocuments()[0];
      corpus.store.addDocument({ ...old, id: "b", hash: "hash-b", text: `${old.text} `, spans: undefined });
      corpus.reload();
      expect(corpus.curatedDocument("b")!.mentions).toEqual(old.mentions);
    } finally {
      corpus.close();
    }
  });
});
