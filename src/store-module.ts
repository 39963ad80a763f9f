import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Astro's module of the content store, as Vite knows it once resolved. */
const STORE_MODULE = '\0astro:data-layer-content';

/**
 * Keeps the content store out of the bundle Astro renders a build's pages with. Astro writes the
 * whole store into that module as one string literal (140 MB for 10,000 notes): Vite then bundled
 * it (most of its 17 s), held it several times over while doing so, and V8 compiled it in time
 * that grows with the square of a literal's length (31 s to import it, while the pages and search
 * waited). Instead, the module reads the store file Astro wrote for this build (`storeFile`) when
 * the pages render. Without that file (no build, another storage), Astro's own module is used.
 */
export function storeModule(storeFile?: string): Plugin {
  return {
    name: 'minutes:store-module',
    load: {
      // Before Astro's own load of the same module, which would read the whole store into a string.
      order: 'pre',
      handler(id) {
        if (id !== STORE_MODULE || !storeFile || !existsSync(storeFile)) return undefined;
        return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`;
      },
    },
  };
}
