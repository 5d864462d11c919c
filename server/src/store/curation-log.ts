/**
 * The analyst's curation decisions, in order. Undo and import flag rows instead of
 * deleting them, so the table keeps the whole history of what was decided and withdrawn.
 */
import type Database from "better-sqlite3";
import { ENTITY_TYPES, type CurationAction, type CurationDecision, type EntityType } from "../types.js";
import { CorruptRowError, InvalidCurationActionError } from "./errors.js";

interface DecisionRow {
  seq: number;
  action: string;
  at: string;
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

/**
 * Checks `value` is a CurationAction and returns it with only the fields its kind has,
 * so nothing foreign is stored. Throws `InvalidCurationActionError` naming `where`.
 */
export function toCurationAction(value: unknown, where: string): CurationAction {
  const fail = (reason: string): never => {
    throw new InvalidCurationActionError(where, reason);
  };
  if (typeof value !== "object" || value === null) return fail("an action must be an object");
  const a = value as Record<string, unknown>;
  if (!nonEmptyString(a.entity)) return fail(`"entity" must be a non-empty string`);
  switch (a.kind) {
    case "merge":
      if (!nonEmptyString(a.into)) return fail(`merge: "into" must be a non-empty string`);
      if (a.into === a.entity) return fail(`merge: cannot merge "${a.entity}" into itself`);
      return { kind: "merge", entity: a.entity, into: a.into };
    case "rename":
      if (typeof a.label !== "string" || !a.label.trim()) return fail(`rename: "label" must be a non-empty string`);
      return { kind: "rename", entity: a.entity, label: a.label };
    case "retype":
      if (!ENTITY_TYPES.includes(a.type as EntityType)) return fail(`retype: "type" must be one of ${ENTITY_TYPES.join(", ")}`);
      return { kind: "retype", entity: a.entity, type: a.type as EntityType };
    case "hide":
    case "unhide":
      return { kind: a.kind, entity: a.entity };
    default:
      return fail(`"kind" must be merge, rename, retype, hide or unhide, got ${JSON.stringify(a.kind)}`);
  }
}

function rowToDecision(row: DecisionRow): CurationDecision {
  let action: unknown;
  try {
    action = JSON.parse(row.action);
  } catch (error) {
    throw new CorruptRowError("curation", String(row.seq), `action is not JSON (${(error as Error).message})`);
  }
  return { seq: row.seq, action: toCurationAction(action, `curation row ${row.seq}`), at: row.at };
}

export class CurationLog {
  private readonly insert: Database.Statement<[string, string], DecisionRow>;
  private readonly active: Database.Statement<[], DecisionRow>;
  private readonly last: Database.Statement<[], DecisionRow>;
  private readonly markUndone: Database.Statement<[number]>;
  private readonly retireAll: Database.Statement<[]>;
  private readonly undoLast: Database.Transaction<() => CurationDecision | undefined>;
  private readonly replaceAll: Database.Transaction<(actions: CurationAction[]) => CurationDecision[]>;

  constructor(db: Database.Database) {
    this.insert = db.prepare("INSERT INTO curation (action, at) VALUES (?, ?) RETURNING seq, action, at");
    this.active = db.prepare("SELECT seq, action, at FROM curation WHERE undone = 0 ORDER BY seq");
    this.last = db.prepare("SELECT seq, action, at FROM curation WHERE undone = 0 ORDER BY seq DESC LIMIT 1");
    this.markUndone = db.prepare("UPDATE curation SET undone = 1 WHERE seq = ?");
    this.retireAll = db.prepare("UPDATE curation SET undone = 1 WHERE undone = 0");
    this.undoLast = db.transaction(() => {
      const row = this.last.get();
      if (!row) return undefined;
      this.markUndone.run(row.seq);
      return rowToDecision(row);
    });
    this.replaceAll = db.transaction((actions: CurationAction[]) => {
      this.retireAll.run();
      return actions.map((a) => this.append(a));
    });
  }

  add(action: CurationAction): CurationDecision {
    return this.append(toCurationAction(action, "addDecision"));
  }

  list(): CurationDecision[] {
    return this.active.all().map(rowToDecision);
  }

  /** Withdraws the latest active decision and returns it, or undefined when none is active. */
  undo(): CurationDecision | undefined {
    return this.undoLast.immediate();
  }

  /** Withdraws every active decision and appends `actions` in their place, all or nothing. */
  replace(actions: readonly CurationAction[]): CurationDecision[] {
    if (!Array.isArray(actions)) throw new InvalidCurationActionError("replaceDecisions", "decisions must be an array");
    const checked = actions.map((a, i) => toCurationAction(a, `replaceDecisions[${i}]`));
    return this.replaceAll.immediate(checked);
  }

  private append(action: CurationAction): CurationDecision {
    const row = this.insert.get(JSON.stringify(action), new Date().toISOString())!;
    return { seq: row.seq, action, at: row.at };
  }
}
