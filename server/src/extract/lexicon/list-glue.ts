/**
 * What joins the names of a list: a comma, "and", ", and" or "&". One definition for the steps that read
 * lists (people listed with a person, a group listed with an organization).
 */

/**
 * The glue itself. Each branch has one whitespace run: "\s*,?\s+and" backtracked quadratically on a
 * 100 KB run of spaces.
 */
const GLUE = String.raw`(?:\s*,|\s*,\s+and|\s+and|\s*&)\s+`;

/** Exactly the glue between two names ("Rishi Sunak and Vladimir Putin"). */
export const LIST_GLUE = new RegExp(`^${GLUE}$`);

/** The glue, then an optional article ("the Iraqi security forces and the Peshmerga"). */
export const LIST_GLUE_THEN_ARTICLE = new RegExp(`^${GLUE}(the\\s+)?$`);
