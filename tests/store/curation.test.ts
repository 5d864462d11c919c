import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EntenteStore, InvalidCurationActionError } from "../../server/src/store/index.js";
import type { CurationAction } from "../../server/src/types.js";
import { openTempStore, tempDir, track } from "./helpers.js";

const merge: CurationAction = { kind: "merge", entity: "person:putin", into: "person:vladimir-putin" };
const rename: CurationAction = { kind: "rename", entity: "organization:un", label: "United Nations" };
const retype: CurationAction = { kind: "retype", entity: "person:jordan", type: "country" };
const hide: CurationAction = { kind: "hide", entity: "person:monday" };

describe("EntenteStore curation log", () => {
  it("lists added decisions in order with increasing seq and a timestamp", () => {
    const store = openTempStore();
    const added = [merge, rename, retype, hide].map((a) => store.addDecision(a));
    const listed = store.listDecisions();
    expect(listed).toEqual(added);
    expect(listed.map((d) => d.action)).toEqual([merge, rename, retype, hide]);
    expect(listed.map((d) => d.seq)).toEqual([...listed.map((d) => d.seq)].sort((a, b) => a - b));
    expect(new Set(listed.map((d) => d.seq)).size).toBe(4);
    for (const d of listed) expect(Number.isNaN(Date.parse(d.at))).toBe(false);
  });

  it("undoes the latest active decision, then the one before", () => {
    const store = openTempStore();
    store.addDecision(merge);
    const second = store.addDecision(rename);
    expect(store.undoLastDecision()).toEqual(second);
    expect(store.listDecisions().map((d) => d.action)).toEqual([merge]);
    expect(store.undoLastDecision()?.action).toEqual(merge);
    expect(store.undoLastDecision()).toBeUndefined();
    expect(store.listDecisions()).toEqual([]);
  });

  it("gives a decision added after an undo a new seq", () => {
    const store = openTempStore();
    const first = store.addDecision(merge);
    store.undoLastDecision();
    const again = store.addDecision(merge);
    expect(again.seq).toBeGreaterThan(first.seq);
  });

  it("replaces every active decision on import", () => {
    const store = openTempStore();
    store.addDecision(merge);
    store.addDecision(rename);
    const imported = store.replaceDecisions([hide, retype]);
    expect(imported.map((d) => d.action)).toEqual([hide, retype]);
    expect(store.listDecisions()).toEqual(imported);
  });

  it("keeps the old decisions when an import holds a malformed one", () => {
    const store = openTempStore();
    store.addDecision(merge);
    const bad = [hide, { kind: "retype", entity: "person:x", type: "planet" }] as unknown as CurationAction[];
    expect(() => store.replaceDecisions(bad)).toThrow(InvalidCurationActionError);
    expect(store.listDecisions().map((d) => d.action)).toEqual([merge]);
  });

  it("refuses malformed actions and stores only the fields of the action's kind", () => {
    const store = openTempStore();
    for (const bad of [{ kind: "explode", entity: "x" }, { kind: "merge", entity: "x", into: "x" }, { kind: "rename", entity: "x", label: " " }, { kind: "hide" }]) {
      expect(() => store.addDecision(bad as unknown as CurationAction)).toThrow(InvalidCurationActionError);
    }
    store.addDecision({ ...hide, note: "extra" } as CurationAction);
    expect(store.listDecisions().map((d) => d.action)).toEqual([hide]);
  });

  it("keeps decisions, undos and imports across close and reopen", () => {
    const path = join(tempDir(), "nested", "folder", "curation.db");
    const first = EntenteStore.open(path);
    first.addDecision(merge);
    first.addDecision(rename);
    first.undoLastDecision();
    first.addDecision(hide);
    const before = first.listDecisions();
    first.close();

    const second = track(EntenteStore.open(path));
    expect(second.listDecisions()).toEqual(before);
    expect(second.listDecisions().map((d) => d.action)).toEqual([merge, hide]);
    second.replaceDecisions([retype]);
    second.close();

    const third = track(EntenteStore.open(path));
    expect(third.listDecisions().map((d) => d.action)).toEqual([retype]);
  });
});
