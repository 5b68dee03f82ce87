/**
 * The model's version, printed on summaries and written into exported files.
 * Raise it whenever a formula or a default changes what a scenario computes.
 */
export const modelVersion = '2.0.0';
