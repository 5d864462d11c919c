/** Curation: merge, rename, retype, hide, unhide, undo, and the decisions as a JSON file. */
import type { Request, RequestHandler } from "express";
import { compileCuration } from "../../graph/index.js";
import { ENTITY_TYPES, type CurationAction, type CurationExport, type CurationResponse, type EntityType } from "../../types.js";
import { InvalidInputError } from "../errors.js";
import { summarizeEntity, type ApiContext } from "../graph-context.js";

type Kind = CurationAction["kind"];

/** Reads a string field of the JSON body, or fails with a 400 naming it. */
function field(route: string, req: Request, name: string): string {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  if (typeof value !== "string" || !value.trim()) throw new InvalidInputError(`${route}: the JSON body needs a string "${name}"`);
  return value.trim();
}

function actionFrom(kind: Kind, req: Request): CurationAction {
  const route = `POST /api/entities/:id/${kind}`;
  const entity = String(req.params.id);
  switch (kind) {
    case "merge":
      return { kind, entity, into: field(route, req, "into") };
    case "rename":
      return { kind, entity, label: field(route, req, "label") };
    case "retype": {
      const type = field(route, req, "type");
      if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
        throw new InvalidInputError(`${route}: type must be one of ${ENTITY_TYPES.join(", ")}, got "${type}"`);
      }
      return { kind, entity, type: type as EntityType };
    }
    case "hide":
    case "unhide":
      return { kind, entity };
  }
}

/** The entity as it is after a decision, if it is still in the graph under some id. */
function afterwards(ctx: ApiContext, action: CurationAction): CurationResponse["entity"] {
  const graph = ctx.corpus.graph;
  // Where the decision sends the entity (the merge target, the retyped id), else where it was.
  const id = [compileCuration([action]).resolve(action.entity), action.entity].find((c) => graph.hasNode(c));
  return id ? summarizeEntity(graph, id) : undefined;
}

/** The decisions one entity can take, each a route `POST /api/entities/:id/<kind>`. */
export const CURATION_KINDS: readonly Kind[] = ["merge", "rename", "retype", "hide", "unhide"];

/** `POST /api/entities/:id/<kind>`; unknown entities answer 404 (for unhide: one no decision hides). */
export function curateRoute(ctx: ApiContext, kind: Kind): RequestHandler {
  return (req, res) => {
    const action = actionFrom(kind, req);
    const decision = ctx.corpus.curate(action);
    const body: CurationResponse = { decision, entity: afterwards(ctx, action) };
    res.json(body);
  };
}

export function undoRoute(ctx: ApiContext): RequestHandler {
  return (_req, res) => {
    const decision = ctx.corpus.undo();
    if (!decision) throw new InvalidInputError("POST /api/curation/undo: there is no decision to undo");
    const body: CurationResponse = { decision, entity: afterwards(ctx, decision.action) };
    res.json(body);
  };
}

export function exportCurationRoute(ctx: ApiContext): RequestHandler {
  return (_req, res) => {
    res.attachment("entente-curation.json");
    res.json(ctx.corpus.exportCuration());
  };
}

/** Replaces every decision with those of an exported curation file. */
export function importCurationRoute(ctx: ApiContext): RequestHandler {
  return (req, res) => {
    const route = "POST /api/curation/import";
    const body = req.body as Partial<CurationExport> | undefined;
    if (body?.entente !== "curation" || body.version !== 1 || !Array.isArray(body.decisions)) {
      throw new InvalidInputError(`${route}: expected {"entente": "curation", "version": 1, "decisions": [...]}`);
    }
    const kinds = new Set<Kind>(CURATION_KINDS);
    body.decisions.forEach((d, i) => {
      if (!d || typeof d !== "object" || !kinds.has(d.kind) || typeof d.entity !== "string") {
        throw new InvalidInputError(`${route}: decisions[${i}] must have a kind (${CURATION_KINDS.join(", ")}) and an entity id`);
      }
    });
    const decisions = ctx.corpus.importCuration(body.decisions);
    res.json({ decisions: decisions.length });
  };
}
