/**
 * The API's contract, checked on every answer the API tests receive: each is validated (ajv,
 * JSON Schema 2020-12) against the OpenAPI description's schema for its route, method and status,
 * so every API test is also a contract test and an undescribed status or field fails it.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { buildOpenApiDocument, type OpenApiDocument } from "../../server/src/api/index.js";
import { SERVER_DEFAULTS } from "../../server/src/config.js";

// ajv-formats is CommonJS: under Node's ESM interop its function is the default export's default.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export const OPENAPI: OpenApiDocument = buildOpenApiDocument({ maxBodyBytes: SERVER_DEFAULTS.maxBodyBytes });

const DOCUMENT_ID = "entente-openapi";
// Union types (`["string", "null"]`) are plain JSON Schema; strict mode asks for them to be allowed by name.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
// The document's own fields, which are not JSON Schema keywords, so that strict mode can stay on for the schemas.
ajv.addVocabulary(["openapi", "jsonSchemaDialect", "info", "tags", "paths", "components"]);
ajv.addSchema(OPENAPI, DOCUMENT_ID);

/** A JSON pointer into the document, as a URI fragment (`/` is `~1`, braces percent-encoded). */
function pointer(...segments: string[]): string {
  return "#" + segments.map((s) => "/" + encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1"))).join("");
}

const validators = new Map<string, ValidateFunction>();

/** The compiled validator of the schema at `segments`, compiled once. */
function validatorAt(...segments: string[]): ValidateFunction {
  const at = pointer(...segments);
  let validate = validators.get(at);
  if (!validate) {
    validate = ajv.compile({ $ref: DOCUMENT_ID + at });
    validators.set(at, validate);
  }
  return validate;
}

/** Each described path as a pattern over a raw (still URL-encoded) request path. */
const TEMPLATES = Object.keys(OPENAPI.paths).map((template) => ({
  template,
  pattern: new RegExp("^" + template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+") + "$"),
}));

/** The described path a request path is an instance of, if any. */
export function describedPath(path: string): string | undefined {
  const bare = path.split("?")[0].replace(/(.)\/+$/, "$1");
  return TEMPLATES.find((t) => t.pattern.test(bare))?.template;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

function fail(where: string, message: string): never {
  throw new Error(`API contract: ${where}: ${message} (see server/src/api/openapi/)`);
}

function assertValid(where: string, validate: ValidateFunction, body: unknown): void {
  if (!validate(body)) fail(where, `the body does not match its schema: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body)?.slice(0, 500)}`);
}

/** What a test sent: the body as given to the helper (an object is sent as JSON) and its content type. */
export interface Sent {
  body?: unknown;
  contentType?: string;
}

/** A query value as the schema reads it: the URL holds text, the schema may say number or integer. */
function queryValue(raw: string, schema: { type?: unknown }): unknown {
  const numeric = schema.type === "integer" || schema.type === "number";
  return numeric && raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
}

/**
 * The other direction, on a request the server took (2xx): its query and its JSON body must be
 * ones the description allows, or the description refuses what the server accepts.
 */
function assertRequestDescribed(where: string, template: string, verb: string, path: string, sent: Sent): void {
  const operation = OPENAPI.paths[template][verb as keyof (typeof OPENAPI.paths)[string]]!;
  const query = new URLSearchParams(path.split("?")[1] ?? "");
  (operation.parameters ?? []).forEach((p, i) => {
    if (p.in !== "query") return;
    const raw = query.get(p.name);
    if (raw === null || raw === "") {
      if (p.required) fail(where, `taken without the required ${p.name}`);
      return;
    }
    assertValid(`${where}, ${p.name}=${raw}`, validatorAt("paths", template, verb, "parameters", String(i), "schema"), queryValue(raw, p.schema));
  });
  const content = operation.requestBody?.content;
  if (sent.body === undefined) {
    if (operation.requestBody?.required) fail(where, "taken without the body the description requires");
    return;
  }
  const type = typeof sent.body === "string" ? (sent.contentType ?? "") : "application/json";
  if (!content || !(type in content)) fail(where, `took a ${type} body the description does not have`);
  const body = type === "application/json" && typeof sent.body === "string" ? JSON.parse(sent.body) : sent.body;
  assertValid(`${where}, request body`, validatorAt("paths", template, verb, "requestBody", "content", type, "schema"), body);
}

/**
 * Throws when `answer` is not what the description says `method path` answers, or when the server
 * took a request the description does not allow. HEAD and OPTIONS carry no body to check (express
 * answers them for every route); paths outside /api are the viewer's.
 */
export function assertMatchesContract(method: string, path: string, answer: Answer, sent: Sent = {}): void {
  const verb = method.toLowerCase();
  if (!path.startsWith("/api/") || verb === "head" || verb === "options") return;
  const where = `${method.toUpperCase()} ${path.split("?")[0]} answered ${answer.status}`;
  const template = describedPath(path);
  const operation = template ? OPENAPI.paths[template][verb as keyof (typeof OPENAPI.paths)[string]] : undefined;
  if (!template || !operation) {
    // An unknown path (404), a known one with another method (405), or a guard's refusal before routing.
    if (answer.status < 400) fail(where, "a success on a route the description does not have");
    if (answer.status === 405 && !answer.headers.get("allow")) fail(where, "a 405 without an Allow header");
    assertValid(where, validatorAt("components", "schemas", "Error"), answer.body);
    return;
  }
  if (answer.status < 300) assertRequestDescribed(where, template, verb, path, sent);
  const status = String(answer.status) in operation.responses ? String(answer.status) : answer.status >= 500 ? "default" : undefined;
  if (!status) fail(where, `status ${answer.status} is not described (described: ${Object.keys(operation.responses).join(", ")})`);
  const content = operation.responses[status].content;
  if (!content) {
    if (answer.text !== "") fail(where, "a body where the description says there is none");
    return;
  }
  const type = (answer.headers.get("content-type") ?? "").split(";")[0].trim();
  if (!(type in content)) fail(where, `content type "${type}" is not described (described: ${Object.keys(content).join(", ")})`);
  // Only JSON bodies have a structure to check; the GEXF export is a string by definition.
  if (type === "application/json") assertValid(where, validatorAt("paths", template, verb, "responses", status, "content", type, "schema"), answer.body);
}
