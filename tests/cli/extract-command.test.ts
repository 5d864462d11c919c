import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "entente-extract-"));

describe("entente extract", () => {
  it("writes one JSON line per document whose offsets index the file's text exactly as read", async () => {
    // Windows line endings and a title line must not shift offsets.
    const crlf = join(dir, "crlf.txt");
    writeFileSync(crlf, "Summit in Samarkand\r\n\r\nVladimir Putin met Xi Jinping on Thursday.\r\nThe White House said the United States was watching.\r\n");
    const out = join(dir, "mentions.jsonl");
    await run(process.execPath, ["--import", "tsx", "server/src/cli/index.ts", "extract", "seeds", crlf, "--out", out]);
    const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      const text = readFileSync(line.path, "utf8");
      expect(line.sentences.length).toBeGreaterThan(0);
      for (const s of line.sentences) expect(s.end).toBeGreaterThan(s.start);
      for (const m of line.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(["person", "country", "organization"]).toContain(m.type);
        expect(m.entity.startsWith(`${m.type}:`)).toBe(true);
        const s = line.sentences[m.sentence];
        expect(m.start >= s.start && m.end <= s.end).toBe(true);
      }
    }
    const mine = lines.find((l) => l.path === crlf);
    expect(mine.mentions.map((m: { entity: string }) => m.entity)).toEqual(
      expect.arrayContaining(["person:vladimir-putin", "organization:white-house", "country:united-states"]),
    );
  });
});
