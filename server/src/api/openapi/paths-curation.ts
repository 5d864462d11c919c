/** The curation routes: merge, rename, retype, hide, unhide, undo, and the decisions as a file. */
import { CURATION_LIMITS } from "../../config.js";
import { ENTITY_TYPES, type CurationAction } from "../../types.js";
import { operation, type DescribeOptions } from "./operation.js";
import { idInPath } from "./parameters.js";
import { json } from "./responses.js";
import { ref } from "./schemas.js";
import type { JsonSchema, Operation, Paths } from "./types.js";

const nonBlank = { type: "string", pattern: "\\S" };

/** Each decision on one entity: what its body holds, and what it does. */
const DECISIONS: { kind: CurationAction["kind"]; body: JsonSchema; summary: string; description?: string }[] = [
  {
    kind: "merge",
    body: { type: "object", required: ["into"], properties: { into: { ...nonBlank, description: "The id of the entity that absorbs this one." } } },
    summary: "Merges the entity into another: mentions, weights and evidence add up",
  },
  {
    kind: "rename",
    body: { type: "object", required: ["label"], properties: { label: { ...nonBlank, maxLength: CURATION_LIMITS.labelMaxChars, description: "The new label, without control characters or line breaks." } } },
    summary: "Gives the entity another label",
  },
  {
    kind: "retype",
    body: { type: "object", required: ["type"], properties: { type: { type: "string", enum: [...ENTITY_TYPES] } } },
    summary: "Gives the entity another type (its id changes with it)",
  },
  { kind: "hide", body: { type: "object" }, summary: "Hides a false positive" },
  {
    kind: "unhide",
    body: { type: "object" },
    summary: "Shows a hidden entity again",
    description: "A decision of its own, so it can be taken at any time (undo only takes back the latest decision). The id is one a hide named: 404 when no active decision hides it, 400 when it is shown.",
  },
];

function decisionOperation(decision: (typeof DECISIONS)[number], options: DescribeOptions): Operation {
  return operation("post", {
    operationId: `${decision.kind}Entity`,
    summary: decision.summary,
    description: decision.description ?? "Stored, and re-applied to every later ingestion.",
    tags: ["curation"],
    parameters: [idInPath("id", "entity")],
    requestBody: { required: decision.kind !== "hide" && decision.kind !== "unhide", content: { "application/json": { schema: decision.body } } },
    answers: { 200: json("Curation", "The decision as stored, and the entity as it is after it.") },
  }, options);
}

export function curationPaths(options: DescribeOptions): Paths {
  const tags = ["curation"];
  const paths: Paths = {};
  for (const decision of DECISIONS) paths[`/api/entities/{id}/${decision.kind}`] = { post: decisionOperation(decision, options) };
  paths["/api/curation"] = {
    get: operation("get", {
      operationId: "exportCuration",
      summary: "Every decision, as a file (entente-curation.json) to import elsewhere",
      tags,
      answers: { 200: json("CurationFile", "The curation file, as an attachment.") },
    }, options),
  };
  paths["/api/curation/undo"] = {
    post: operation("post", {
      operationId: "undoCuration",
      summary: "Takes back the latest decision",
      tags,
      // A JSON body may come (the viewer sends `{}`); nothing in it is read.
      requestBody: { required: false, content: { "application/json": { schema: { type: "object" } } } },
      // Nothing to undo is a 400.
      errors: [400],
      answers: { 200: json("Curation", "The decision taken back, and the entity as it is now.") },
    }, options),
  };
  paths["/api/curation/import"] = {
    post: operation("post", {
      operationId: "importCuration",
      summary: "Replaces every decision with those of a curation file",
      description: "Merges that would form a cycle are refused (400), and then nothing is imported.",
      tags,
      requestBody: { required: true, content: { "application/json": { schema: ref("CurationFile") } } },
      answers: {
        200: {
          description: "How many decisions are now stored.",
          content: { "application/json": { schema: { type: "object", required: ["decisions"], properties: { decisions: { type: "integer", minimum: 0 } }, additionalProperties: false } } },
        },
      },
    }, options),
  };
  return paths;
}
