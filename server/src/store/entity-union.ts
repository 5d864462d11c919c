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
  private readonly perDocument: Database.Statement<[string], { label: string; type: string; aliases: string }>;
  private readonly replace: Database.Statement<[string, string, string, string]>;

  constructor(db: Database.Database) {
    this.selectAliases = db.prepare<[string], string>("SELECT aliases FROM entities WHERE id = ?").pluck();
    this.insert = db.prepare("INSERT INTO entities (id, label, type, aliases) VALUES (?, ?, ?, ?)");
    this.updateAliases = db.prepare("UPDATE entities SET aliases = ? WHERE id = ?");
    this.remove = db.prepare("DELETE FROM entities WHERE id = ?");
    // rowid order is insertion order: the first document to mention an entity gives its label.
    this.perDocument = db.prepare("SELECT label, type, aliases FROM document_entities WHERE entity = ? ORDER BY rowid");
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

  /** Derives the row again from the documents that still mention the entity, or removes it. */
  rederive(id: string): void {
    const rows = this.perDocument.all(id);
    if (!rows.length) {
      this.remove.run(id);
      return;
    }
    const aliases = rows.reduce<string[]>((all, r) => unionAliases(all, parseAliases(r.aliases, "document_entities", id)), []);
    this.replace.run(id, rows[0].label, rows[0].type, JSON.stringify(aliases));
  }
}
