/** A mistake in how a command was called: printed with the usage, exit code 2. */
import { InvalidInputError } from "../errors.js";

export class UsageError extends InvalidInputError {}
