/** The content hash that recognises the same article under another file name or id. */
import { createHash } from "node:crypto";

/**
 * The text as compared for duplicates: Unicode NFC, every run of whitespace (line ends
 * included) as one space, trimmed. Case and punctuation are kept: they are content.
 */
export function normaliseForHash(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** sha256 (hex) of the normalised text. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normaliseForHash(text), "utf8").digest("hex");
}
