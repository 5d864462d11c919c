/** Worker thread body: says it is ready, then extracts the documents it is sent and posts the results (with their typed spans) back, without their text. */
import { parentPort } from "node:worker_threads";
import { extractWithSpans } from "../extract/index.js";
import type { ExtractWorkerRequest, ExtractWorkerResponse } from "./extract-pool.js";

parentPort!.on("message", (req: ExtractWorkerRequest) => {
  let res: ExtractWorkerResponse;
  try {
    const { text: _text, ...doc } = extractWithSpans(req.doc, req.options);
    res = { job: req.job, doc };
  } catch (err) {
    res = { job: req.job, error: (err as Error).message };
  }
  parentPort!.postMessage(res);
});
parentPort!.postMessage({ ready: true } satisfies ExtractWorkerResponse);
