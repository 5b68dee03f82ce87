// Small helpers shared by scripts/test.mjs and scripts/audit.mjs.
import { existsSync, lstatSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port nobody listens on now, on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Removes a build folder. astro.config.mjs puts a build asked for outside the
 * project in .builds/<name> and leaves a link at the asked-for path: remove both.
 * @param {string} outDir
 */
export function removeBuild(outDir) {
  if (!existsSync(outDir)) return;
  if (lstatSync(outDir).isSymbolicLink())
    rmSync(realpathSync(outDir), { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
}
