/**
 * Keeps the `entities` table (one row per entity id over the corpus) in step with
 * `document_entities` as documents are added and deleted. Runs inside the caller's transaction.
 */
import type Database from "better-sqlite3";
import type { ExtractedEntity } from "../types.js";
import { parseAliases, unionAliases } from "./rows.js";

export class EntityUnion {
  private readonly selectAliases: Database.Statement<[string], string>;
  private readonly insert: Database.Statement<[string, string, string, string]>;
  private readonly updateAliases: Database.Statement<[string, string]>;
  private readonly remove: Database.Statement<[string]>;
  private readonly first: Database.Statement<[string], { label: string; type: string }>;
  private readonly aliasesOver: Database.Statement<[string], string>;
  private readonly replace: Database.Statement<[string, string, string, string]>;
  private readonly aliasSeen: Database.Statement<[string, string], number>;

  constructor(db: Database.Database) {
    this.selectAliases = db.prepare<[string], string>("SELECT aliases FROM entities WHERE id = ?").pluck();
    this.insert = db.prepare("INSERT INTO entities (id, label, type, aliases) VALUES (?, ?, ?, ?)");
    this.updateAliases = db.prepare("UPDATE entities SET aliases = ? WHERE id = ?");
    this.remove = db.prepare("DELETE FROM entities WHERE id = ?");
    // rowid order is insertion order: the first document to mention an entity gives its label.
    this.first = db.prepare("SELECT label, type FROM document_entities WHERE entity = ? ORDER BY rowid LIMIT 1");
    // The union in SQL: a hub entity is in thousands of documents, and parsing their JSON in
    // JS made a delete cost ~50 ms. With min(), SQLite takes the bare column j.key from the row
    // holding the minimum, so aliases come in first-seen order as `add` would have built them.
    this.aliasesOver = db
      .prepare<[string], string>(
        `SELECT value FROM (
           SELECT j.value AS value, min(de.rowid) AS seen, j.key AS position
           FROM document_entities de, json_each(de.aliases) j
           WHERE de.entity = ? GROUP BY j.value)
         ORDER BY seen, position`,
      )
      .pluck();
    this.aliasSeen = db
      .prepare<[string, string], number>("SELECT 1 FROM document_entities de, json_each(de.aliases) j WHERE de.entity = ? AND j.value = ? LIMIT 1")
      .pluck();
    this.replace = db.prepare("INSERT OR REPLACE INTO entities (id, label, type, aliases) VALUES (?, ?, ?, ?)");
  }

  /** Adds one document's entity: a new row, or its aliases unioned into the existing row. */
  add(entity: ExtractedEntity): void {
    const stored = this.selectAliases.get(entity.id);
    if (stored === undefined) {
      this.insert.run(entity.id, entity.label, entity.type, JSON.stringify(unionAliases(entity.aliases, [])));
      return;
    }
    const before = parseAliases(stored, "entities", entity.id);
    const after = unionAliases(before, entity.aliases);
    if (after.length !== before.length) this.updateAliases.run(JSON.stringify(after), entity.id);
  }

  /**
   * Called after a document that had `entity` was deleted. The row changes only when that
   * document gave the label (it was the first) or held an alias no other document has; in
   * the usual case neither is so and nothing over the entity's other documents is read.
   */
  forget(entity: ExtractedEntity, wasFirst: boolean): void {
    if (wasFirst || !entity.aliases.every((a) => this.aliasSeen.get(entity.id, a) !== undefined)) this.rederive(entity.id);
  }

  /** Derives the row again from the documents that still mention the entity, or removes it when none does. */
  rederive(id: string): void {
    const first = this.first.get(id);
    if (!first) {
      this.remove.run(id);
      return;
    }
    this.replace.run(id, first.label, first.type, JSON.stringify(this.aliasesOver.all(id)));
  }
}
