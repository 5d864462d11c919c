/** The viewer's ingestion: `POST /api/files` for dropped files, a `text/plain` `POST /api/documents` for a pasted article. */
import type { ApiError, FileUpload, FilesResponse, IngestResponse } from "../../../server/src/types";
import { ApiRequestError, authorization, request } from "./index";

/** Sends files (bytes in base64); answers what each became and what was skipped, with the reason. */
export function postFiles(files: FileUpload[]): Promise<FilesResponse> {
  return request("POST", "/api/files", { files });
}

/**
 * Sends a pasted article as `text/plain`, which the server reads as a .txt file (a short first
 * line is the title, a dateline gives date and outlet); `title`, when given, wins.
 */
export async function postText(text: string, title?: string): Promise<IngestResponse> {
  const path = title ? `/api/documents?${new URLSearchParams({ title })}` : "/api/documents";
  const response = await fetch(path, {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "text/plain; charset=utf-8", ...authorization() },
    body: text,
  });
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as Partial<ApiError> | null;
    throw new ApiRequestError(path, response.status, error?.error ?? response.statusText, "POST");
  }
  return (await response.json()) as IngestResponse;
}
