/** `POST /api/files`: uploads dropped files for the server to read with the CLI's readers. */
import type { FileUpload, FilesResponse } from "../../../server/src/types";
import { request } from "./index";

/** Sends files (bytes in base64); answers what each became and what was skipped, with the reason. */
export function postFiles(files: FileUpload[]): Promise<FilesResponse> {
  return request("POST", "/api/files", { files });
}
