import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
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
  /**
   * Valid while the known people are the same (`known`), its link lookups answer the same, and it
   * is asked for the same items (`meeting`: whether and how its items were read).
   */
  render?: { result: RenderedNote; known: string; meeting?: boolean };
}

export interface NoteCache {
  get(key: string): CachedNote | undefined;
  set(key: string, entry: CachedNote): void;
  /** Writes the entries used in this run (so notes that are gone drop out), if anything changed. */
  save(): Promise<void>;
}

/** The cache key of a note: its path and bytes. */
export const noteKey = (file: string, bytes: Uint8Array) =>
  createHash('sha256').update(file).update('\0').update(bytes).digest('base64url');

export const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/**
 * The on-disk cache of one notes folder under `dir` (one file, replaced atomically). `scope` is
 * everything besides a note's bytes that its stages depend on (options); with this code's own
 * version it makes the fingerprint that decides whether the file is used at all.
 *
 * Each entry is serialized on its own and stored with a digest of its key and bytes, keyed with
 * the fingerprint; an entry is deserialized only once its digest checks out. So an entry damaged
 * or planted in the file (a rendered page's HTML changed on disk) is never used, not even read:
 * its note is computed again, and the other entries still count.
 */
export async function openCache(dir: string | undefined, notesPath: string, scope: unknown): Promise<NoteCache> {
  if (!dir) return { get: () => undefined, set: () => {}, save: async () => {} };
  const path = join(dir, `notes-${digest(notesPath).slice(0, 16)}.bin`);
  const fingerprint = digest([scope, await codeVersion()]);
  const stored = await readFile(path)
    .then((file) => readEntries(file, fingerprint))
    .catch(() => new Map<string, Stored>());
  const used = new Map<string, Stored>();
  const checked = new Map<string, CachedNote | undefined>();
  let changed = false;
  return {
    get(key) {
      if (!checked.has(key)) checked.set(key, verified(key, stored.get(key), fingerprint));
      const entry = checked.get(key);
      if (entry) used.set(key, stored.get(key)!);
      return entry;
    },
    set(key, entry) {
      used.set(key, store(key, entry, fingerprint));
      changed = true;
    },
    async save() {
      if (!changed && used.size === stored.size) return;
      await mkdir(dir, { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, writeEntries(used, fingerprint));
      await rename(temporary, path);
    },
  };
}

/** An entry as it is on disk: its serialized bytes and their digest. */
interface Stored {
  bytes: Buffer;
  mac: Buffer;
}

const MAGIC = Buffer.from('minutes note cache 2\n');
const MAC_LENGTH = 32;

const mac = (key: string, bytes: Uint8Array, fingerprint: string) =>
  createHmac('sha256', fingerprint).update(key).update('\0').update(bytes).digest();

function store(key: string, entry: CachedNote, fingerprint: string): Stored {
  const bytes = serialize(entry);
  return { bytes, mac: mac(key, bytes, fingerprint) };
}

/** The entry, if its bytes are the ones written for this key with this fingerprint. */
function verified(key: string, record: Stored | undefined, fingerprint: string): CachedNote | undefined {
  if (!record || !timingSafeEqual(record.mac, mac(key, record.bytes, fingerprint))) return undefined;
  try {
    return deserialize(record.bytes) as CachedNote;
  } catch {
    return undefined;
  }
}

/** What the file says of its fingerprint: enough to tell, not the digests' key itself. */
const stamp = (fingerprint: string) => digest(['file', fingerprint]);

/**
 * The file: the magic line, the fingerprint's stamp, then per entry its key, digest and bytes, each
 * length-prefixed (32-bit little-endian), so reading it deserializes nothing.
 */
function writeEntries(entries: Map<string, Stored>, fingerprint: string): Buffer {
  const parts = [MAGIC, ...field(Buffer.from(stamp(fingerprint)))];
  for (const [key, { bytes, mac }] of entries) parts.push(...field(Buffer.from(key)), mac, ...field(bytes));
  return Buffer.concat(parts);
}

function field(bytes: Buffer): Buffer[] {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length);
  return [length, bytes];
}

/** The entries of a file written with this fingerprint, unverified; none from any other file, as many as are whole from a truncated one. */
function readEntries(file: Buffer, fingerprint: string): Map<string, Stored> {
  const entries = new Map<string, Stored>();
  let at = 0;
  const take = (length: number) => {
    if (length > file.length - at) return undefined;
    at += length;
    return file.subarray(at - length, at);
  };
  const sized = () => (file.length - at >= 4 ? take(file.readUInt32LE((at += 4) - 4)) : undefined);
  if (!take(MAGIC.length)?.equals(MAGIC) || sized()?.toString() !== stamp(fingerprint)) return entries;
  while (at < file.length) {
    const key = sized();
    const mac = take(MAC_LENGTH);
    const bytes = mac && sized();
    if (!key || !bytes) break;
    entries.set(key.toString(), { bytes, mac });
  }
  return entries;
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
