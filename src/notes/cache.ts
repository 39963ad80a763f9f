import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ReadSummary, RenderedNote } from './pipeline.ts';

/**
 * Where the CLI and the build keep the cache, below the working directory (the convention tools
 * share, so `npm ci` or removing node_modules clears it). `MINUTES_CACHE_DIR` moves it; `off` turns it off.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.MINUTES_CACHE_DIR;
  if (chosen === 'off') return undefined;
  return resolve(chosen || 'node_modules/.cache/minutes');
}

/** A note's stages as last computed, for the same bytes at the same path. */
export interface CachedNote {
  read: ReadSummary;
  /** Valid while the known people are the same (`known`) and its link lookups answer the same. */
  render?: { result: RenderedNote; known: string };
}

export interface NoteCache {
  get(key: string): CachedNote | undefined;
  set(key: string, entry: CachedNote): void;
  /** Writes the entries used in this run (so notes that are gone drop out), if anything changed. */
  save(): Promise<void>;
}

/** The cache key of a note: its path and bytes. */
export const noteKey = (file: string, bytes: Uint8Array) => createHash('sha256').update(file).update('\0').update(bytes).digest('base64url');

export const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/**
 * The on-disk cache of one notes folder under `dir` (one file, replaced atomically). `scope` is
 * everything besides a note's bytes that its stages depend on (options); with this code's own
 * version it decides whether the file is used at all.
 */
export async function openCache(dir: string | undefined, notesPath: string, scope: unknown): Promise<NoteCache> {
  const used = new Map<string, CachedNote>();
  if (!dir) return { get: () => undefined, set: (key, entry) => used.set(key, entry), save: async () => {} };
  const path = join(dir, `notes-${digest(notesPath).slice(0, 16)}.bin`);
  const fingerprint = digest([scope, await codeVersion()]);
  let stored = new Map<string, CachedNote>();
  try {
    const file = deserialize(await readFile(path)) as { fingerprint: string; entries: Map<string, CachedNote> };
    if (file.fingerprint === fingerprint) stored = file.entries;
  } catch {
    // No cache yet, or one this version cannot read: every note is computed.
  }
  let changed = false;
  return {
    get(key) {
      const entry = stored.get(key);
      if (entry) used.set(key, entry);
      return entry;
    },
    set(key, entry) {
      used.set(key, entry);
      changed = true;
    },
    async save() {
      if (!changed && used.size === stored.size) return;
      await mkdir(dir, { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, serialize({ fingerprint, entries: used }));
      await rename(temporary, path);
    },
  };
}

let version: Promise<string> | undefined;

/** This core's source and the installed packages: a cache written by other code is never trusted. */
function codeVersion() {
  version ??= (async () => {
    const hash = createHash('sha256');
    const core = fileURLToPath(new URL('.', import.meta.url));
    const files = (await readdir(core, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
    for (const file of files) hash.update(file).update(await readFile(join(core, file)));
    const installed = 'node_modules/.package-lock.json';
    if (existsSync(installed)) hash.update(await readFile(installed));
    return hash.digest('base64url');
  })();
  return version;
}
