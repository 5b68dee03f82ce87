/**
 * Old shared links keep opening: a plain ordered list of migrations, each
 * rewriting a link's parameters, applied in turn before the link is read (as
 * Our World in Data's grapher migrates its URLs).
 *
 * The promise: a link written by any released version opens forever. When the
 * link format changes (a field renamed, a unit changed), raise
 * `currentLinkVersion`, append a migration that rewrites links older than it
 * (each migration looks at `v` itself and passes other links through), and add
 * fixtures of the old links to tests/unit/state/fixtures/. Never edit a
 * migration once released; never remove one.
 */

/** One query parameter, in the link's order; repeated keys stay repeated. */
export type LinkParam = readonly [key: string, value: string];

/** Pure: returns new parameters, never mutates its input, never throws. */
export type LinkMigration = (params: readonly LinkParam[]) => readonly LinkParam[];

/** The version written into every link today (`v=1`); a link with no `v` is a v1 link. */
export const currentLinkVersion = 1;

/** The migrations, oldest first. Empty while v1 is the only version ever released. */
export const linkMigrations: readonly LinkMigration[] = [];

/**
 * Runs every migration in turn.
 *
 * @example
 * migrateLinkParams([['loadedShare', '0.4']]) // => [['loadedShare', '0.4']]
 */
export function migrateLinkParams(
  params: readonly LinkParam[],
  migrations: readonly LinkMigration[] = linkMigrations,
): readonly LinkParam[] {
  return migrations.reduce((current, migrate) => migrate(current), params);
}
