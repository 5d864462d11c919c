/** Validation of numeric command-line options. */
import { UsageError } from "./usage-error.js";

/** An integer option within [min, max], or undefined when not given. */
export function integerOption(command: string, name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) {
    throw new UsageError(`${command}: --${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}
