import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const pkg = JSON.parse(await readFile('package.json', 'utf8')) as LockEntry;
const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };

/** `npm ci` installs exactly the lockfile, and refuses it when it disagrees with package.json. */
describe('package-lock.json', () => {
  it('pins what package.json asks for, no more and no less', () => {
    const root = lock.packages['']!;
    expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
  });

  it("holds every platform's optional package, so `npm ci` works on each, not only where it was written", () => {
    // npm looks a package up from where it is required: its own node_modules, then each parent's.
    const resolves = (from: string, name: string) => {
      for (let at = from; ; at = at.slice(0, Math.max(0, at.lastIndexOf('/node_modules/')))) {
        if (lock.packages[`${at ? `${at}/` : ''}node_modules/${name}`]) return true;
        if (!at) return false;
      }
    };
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolves(path, name))
        .map((name) => `${path || '(root)'} → ${name}`),
    );
    expect(missing).toEqual([]);
    // The binaries the build needs, for the three systems teams run it on.
    for (const name of ['@pagefind/linux-x64', '@pagefind/darwin-arm64', '@pagefind/windows-x64'])
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
  });
});
