/** The few OpenAPI 3.1 shapes entente's description uses, so the builders type-check what they write. */

/** A JSON Schema 2020-12 object (OpenAPI 3.1's schema dialect). */
export type JsonSchema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: "query" | "path";
  required?: boolean;
  description: string;
  schema: JsonSchema;
}

export interface MediaType {
  schema: JsonSchema;
}

export interface Response {
  description: string;
  content?: Record<string, MediaType>;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
}

export interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; description?: string; content: Record<string, MediaType> };
  /** By status code ("200", "404") or "default". */
  responses: Record<string, Response>;
}

export type HttpMethod = "get" | "post" | "delete";

/** Operations by method, keyed by OpenAPI path (`/api/entities/{id}`). */
export type Paths = Record<string, Partial<Record<HttpMethod, Operation>>>;

export interface OpenApiDocument {
  openapi: "3.1.1";
  jsonSchemaDialect: string;
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  tags: { name: string; description: string }[];
  paths: Paths;
  components: { schemas: Record<string, JsonSchema>; responses: Record<string, Response> };
}
