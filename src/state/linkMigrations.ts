/**
 * Old shared links keep opening: each migration rewrites the parameters of one
 * link version into the next, and `migrateLinkParams` runs them in sequence up
 * to the current version before the link is read (the approach of Our World in
 * Data's GrapherUrlMigrations).
 *
 * The promise: a link written by any released version opens forever. When the
 * link format changes (a field renamed, a unit changed), raise
 * `currentLinkVersion`, add a migration from the previous version to the list,
 * and add fixtures of the old links to tests/unit/state/fixtures/. Never edit a
 * migration once released; never remove one.
 */

/** One query parameter, in the link's order; repeated keys stay repeated. */
export type LinkParam = readonly [key: string, value: string];

/** Rewrites the parameters of links of version `from` into version `from + 1`. */
export interface LinkMigration {
  /** The version this migration reads. */
  from: number;
  /** What changed, for the people who read this list. */
  description: string;
  /** Pure: returns new parameters, never mutates its input, never throws. */
  migrate(params: readonly LinkParam[]): LinkParam[];
}

/** The version written into every link today (`v=1`). */
export const currentLinkVersion = 1;

/**
 * The migrations, oldest first. Empty while v1 is the only version ever
 * released; a link with no `v` is a v1 link.
 */
export const linkMigrations: readonly LinkMigration[] = Object.freeze([]);

/** The result of bringing a link's parameters up to date. */
export interface MigratedLink {
  params: LinkParam[];
  /** The version the parameters are now in: `to`, unless a step was missing. */
  version: number;
  /** The first version for which no migration was found, if any. */
  missingFrom?: number;
}

/**
 * Runs the migrations from `fromVersion` up to `toVersion`, one step at a time.
 * Stops where a step is missing (the link is then read as it stands).
 *
 * @example
 * migrateLinkParams([['loadedShare', '0.4']], 1) // => { params: [['loadedShare', '0.4']], version: 1 }
 */
export function migrateLinkParams(
  params: readonly LinkParam[],
  fromVersion: number,
  migrations: readonly LinkMigration[] = linkMigrations,
  toVersion: number = currentLinkVersion,
): MigratedLink {
  let current = [...params];
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) return { params: current, version, missingFrom: version };
    current = step.migrate(current);
  }
  return { params: current, version: Math.max(fromVersion, toVersion) };
}
