/** Small fetch helpers for API tests against a real listening server; every answer is checked against the API's description. */
import { assertMatchesContract } from "./contract.js";

export interface HttpAnswer {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

export async function request(base: string, method: string, path: string, body?: unknown, contentType = "application/json"): Promise<HttpAnswer> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    init.headers = { "content-type": contentType };
  }
  const res = await fetch(base + path, init);
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const answer = { status: res.status, body: parsed, text, headers: res.headers };
  assertMatchesContract(method, path, answer, { body, contentType });
  return answer;
}

export const enc = encodeURIComponent;
