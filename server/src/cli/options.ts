/** Validation of command-line options shared by several commands. */
import type { CooccurrenceWindow } from "../graph/index.js";
import { UsageError } from "./usage-error.js";

/** `--window sentence|paragraph` (sentence when not given). */
export function windowOption(command: string, raw: string | undefined): CooccurrenceWindow {
  const window = raw ?? "sentence";
  if (window !== "sentence" && window !== "paragraph") throw new UsageError(`${command}: --window must be sentence or paragraph, got "${window}"`);
  return window;
}

/** An integer option within [min, max], or undefined when not given. */
export function integerOption(command: string, name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) {
    throw new UsageError(`${command}: --${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}
