/** Turns a file's bytes into text: UTF-8 (BOM stripped) or UTF-16 with a BOM, else Windows-1252; rejects binary and empty files. */
import { UnreadableInputError } from "./errors.js";

/**
 * Share of control bytes (other than tab, newlines, form feed, escape) above which a file
 * is taken for binary. Text in any 8-bit or UTF-8 encoding has next to none; images,
 * archives and executables have far more than 10% in their first kilobytes.
 */
const CONTROL_RATIO_MAX = 0.1;
/** How many leading bytes are inspected for control characters. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Code points of Windows-1252 bytes 0x80-0x9F (WHATWG index). Needed because Node 20's
 * `TextDecoder("windows-1252")` decodes these as C1 controls, like Latin-1, losing the
 * curly quotes, dashes and euro sign that make most non-UTF-8 news text non-UTF-8.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Decodes bytes in Windows-1252 (every byte maps to a character, so this never fails). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** True when the bytes hold a NUL or too many control characters to be text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  return sample.length > 0 && control / sample.length > CONTROL_RATIO_MAX;
}

/**
 * Decodes a file's bytes. UTF-16 is recognised by its BOM only (it is full of NULs, so
 * it is tested before the binary check). Throws `UnreadableInputError` for binary or
 * whitespace-only content.
 */
export function decodeText(bytes: Uint8Array, path: string): { text: string; encoding: TextEncoding } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  let decoded: { text: string; encoding: TextEncoding };
  if (utf16) {
    decoded = { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  } else {
    if (looksBinary(bytes)) throw new UnreadableInputError(path, "binary", "binary file (NUL bytes or control characters), not text");
    try {
      decoded = { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
    } catch {
      decoded = { text: decodeWindows1252(bytes), encoding: "windows-1252" };
    }
  }
  if (!decoded.text.trim()) throw new UnreadableInputError(path, "empty", "empty file (nothing but whitespace)");
  return decoded;
}
