import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import lockfile from 'proper-lockfile';
import { onExit } from 'signal-exit';

/** How long a build waits for another one in the same checkout before giving up. */
const WAIT_SECONDS = 30 * 60;

/**
 * One build at a time in a checkout: two at once share Astro's `.astro/` folder and fail at
 * random. A second build waits for the first, saying so; the lock goes when the process ends, and
 * one left by a killed build goes stale after a minute (a live build refreshes it every few seconds,
 * when its event loop is free: long synchronous steps must not make it look dead).
 */
export async function holdBuildLock(root: string, logger: AstroIntegrationLogger) {
  const folder = join(root, '.astro');
  await mkdir(folder, { recursive: true });
  const options = {
    realpath: false,
    lockfilePath: join(folder, 'minutes-build.lock'),
    stale: 60_000,
    update: 5_000,
    onCompromised: () => {},
  };
  try {
    await lockfile.lock(folder, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    logger.warn('Another build is running in this project; this one starts when it ends.');
    try {
      await lockfile.lock(folder, {
        ...options,
        retries: { retries: WAIT_SECONDS, factor: 1, minTimeout: 1000, maxTimeout: 1000 },
      });
    } catch {
      logger.error(
        `Another build in this project has been running for ${WAIT_SECONDS / 60} minutes; giving up. Stop it, or build from another checkout.`,
      );
      process.exit(1);
    }
  }
  // proper-lockfile releases at exit through an older signal-exit, which another copy in Astro's
  // process can unhook: released here too, or the next build waits for the lock to go stale.
  onExit(() => {
    try {
      lockfile.unlockSync(folder, options);
    } catch {
      // Already released.
    }
  });
}
