import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../src/notes/corpus.ts';
import { generateNotes } from '../../scripts/generate-notes.ts';
import { writeBrokenNotes } from '../broken-notes.ts';
import { FIXTURE, optionsFor } from '../options.ts';

const options = optionsFor('', FIXTURE);
/** What a corpus says, without how it was computed. */
const content = ({ work, ...corpus }: Corpus) => corpus;

describe('the note cache', () => {
  let dir: string;
  let cacheDir: string;
  const load = (extra: Partial<Parameters<typeof loadCorpus>[0]> = {}) =>
    loadCorpus({ ...options, dir, cacheDir, ...extra });
  beforeEach(async () => {
    const root = await mkdtemp(join(tmpdir(), 'minutes-cache-'));
    dir = join(root, 'notes');
    cacheDir = join(root, 'cache');
    await cp('tests/fixtures/site', dir, { recursive: true });
  });

  it('gives the same corpus from the cache without parsing or rendering any note again', async () => {
    const cold = await load();
    expect(cold.work).toMatchObject({ read: 10, parsed: 10, rendered: 10, cached: 0 });
    expect(await readdir(cacheDir)).toHaveLength(1);
    const warm = await load();
    expect(warm.work).toMatchObject({ read: 10, parsed: 0, rendered: 0, cached: 10 });
    expect(content(warm)).toEqual(content(cold));
  });

  it('renders again the notes whose items are read differently when the options change', async () => {
    await writeFile(join(dir, 'ideas.md'), '---\ntitle: Ideas\n---\n- [ ] write the docs\n');
    const meetingsOnly = await load();
    const ideas = (corpus: Corpus) => corpus.notes.find((n) => n.id === 'ideas')!.actions.length;
    expect(ideas(meetingsOnly)).toBe(0);
    const all = await load({ itemsFrom: 'all' });
    // The pages, and only they, are rendered again (from their bytes): the meetings' items are the same.
    const pages = all.notes.filter((n) => n.kind === 'page').length;
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThan(all.notes.length);
    expect(all.work).toMatchObject({ parsed: pages, rendered: pages });
    expect(ideas(all)).toBe(1);
    expect(content(all)).toEqual(content(await loadCorpus({ ...options, dir, itemsFrom: 'all' })));
  });

  it('leaves the cache file as it is when every note came from it', async () => {
    await load();
    const [file] = await readdir(cacheDir);
    const before = await stat(join(cacheDir, file!));
    await load();
    const after = await stat(join(cacheDir, file!));
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('parses and renders only the note that was edited', async () => {
    await load();
    await appendFile(
      join(dir, 'team/roster.md'),
      '\nA new line about [the kickoff](/meeting-notes/2024-02/2024-02-05-kickoff).\n',
    );
    const edited = await load();
    expect(edited.work).toMatchObject({ read: 10, parsed: 1, rendered: 1, cached: 9 });
    expect(edited.notes.find((n) => n.id === 'team/roster')!.html).toContain('A new line about');
    expect(content(edited)).toEqual(content(await loadCorpus({ ...options, dir })));
  });

  it('renders again the notes whose links change meaning when a note is added, and only those', async () => {
    await writeFile(join(dir, 'ideas.md'), '---\ntitle: Ideas\npublished: true\n---\n\nSee the [plan](/plans/next).\n');
    const before = await load();
    expect(before.diagnostics).toContainEqual(expect.objectContaining({ file: 'ideas.md', code: 'link/broken' }));
    await mkdir(join(dir, 'plans'));
    await writeFile(join(dir, 'plans/next.md'), '---\ntitle: Next\npublished: true\n---\n\nThe plan.\n');
    const after = await load();
    // The new note is parsed; of the others only the one that linked to it is rendered again.
    expect(after.work).toMatchObject({ parsed: 2, rendered: 2 });
    expect(after.diagnostics).not.toContainEqual(expect.objectContaining({ file: 'ideas.md', code: 'link/broken' }));
    expect(after.notes.find((n) => n.id === 'ideas')!.links).toEqual(['plans/next']);
    expect(content(after)).toEqual(content(await loadCorpus({ ...options, dir })));
  });

  it('is not used for other options, and a damaged cache file is ignored', async () => {
    await load();
    const rebased = await load({ base: '/minutes/' });
    expect(rebased.work).toMatchObject({ parsed: 10, rendered: 10 });
    expect(rebased.notes.find((n) => n.id === 'meeting-notes/2024-02/2024-02-05-kickoff')!.html).toContain(
      'href="/minutes/team/roster/"',
    );
    const [file] = await readdir(cacheDir);
    await writeFile(join(cacheDir, file!), 'not a cache');
    expect((await load()).work).toMatchObject({ parsed: 10, rendered: 10 });
  });

  it('never uses an entry changed on disk, and still uses the others', async () => {
    const cold = await load();
    const kickoff = cold.notes.find((n) => n.id === 'meeting-notes/2024-02/2024-02-05-kickoff')!;
    const [name] = await readdir(cacheDir);
    const path = join(cacheDir, name!);
    const file = await readFile(path);
    // V8 writes a string as Latin-1 when it can, else as UTF-16: the note's HTML is there one way or the other.
    const encoding = file.includes(Buffer.from(kickoff.html, 'latin1')) ? 'latin1' : 'utf16le';
    const at = file.indexOf(Buffer.from(kickoff.html, encoding));
    expect(at).toBeGreaterThan(0);
    // Planted: the same number of bytes, so the file still reads as well as before.
    const planted = '<img src=x onerror=alert(1)>';
    file.set(Buffer.from(planted + kickoff.html.slice(planted.length), encoding), at);
    await writeFile(path, file);
    const warm = await load();
    expect(warm.notes.find((n) => n.id === kickoff.id)!.html).toBe(kickoff.html);
    expect(JSON.stringify(warm)).not.toContain('onerror');
    // That note was read and rendered again; the nine others came from the cache.
    expect(warm.work).toMatchObject({ parsed: 1, rendered: 1 });
    expect(content(warm)).toEqual(content(cold));
    // The entry was written again, whole.
    expect((await load()).work).toMatchObject({ parsed: 0, rendered: 0 });
  });

  it('ignores a truncated or garbled cache file without failing, and keeps what is whole of it', async () => {
    const cold = await load();
    const [name] = await readdir(cacheDir);
    const path = join(cacheDir, name!);
    const file = await readFile(path);
    // Cut in half: the entries of the first half are used, the others computed.
    await writeFile(path, file.subarray(0, file.length / 2));
    const truncated = await load();
    expect(content(truncated)).toEqual(content(cold));
    expect(truncated.work.parsed).toBeGreaterThan(0);
    expect(truncated.work.parsed).toBeLessThan(10);
    // One byte changed in the middle: that entry (or, in a length, the rest of the file) is not used.
    const garbled = Buffer.from(file);
    garbled[garbled.length >> 1]! ^= 0x20;
    await writeFile(path, garbled);
    const loaded = await load();
    expect(content(loaded)).toEqual(content(cold));
    expect(loaded.work.parsed).toBeGreaterThan(0);
    expect(loaded.work.parsed).toBeLessThan(10);
    for (const broken of [
      Buffer.alloc(0),
      Buffer.from('minutes note cache 2\n\xff\xff\xff\xff'),
      Buffer.from(file.subarray(0, 30)),
    ]) {
      await writeFile(path, broken);
      expect((await load()).work).toMatchObject({ parsed: 10, rendered: 10 });
    }
  });

  it('keeps reporting every problem of broken notes from the cache', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'minutes-cache-broken-'));
    await writeBrokenNotes(broken);
    const cold = await loadCorpus({ ...options, dir: broken, cacheDir });
    const warm = await loadCorpus({ ...options, dir: broken, cacheDir });
    expect(cold.diagnostics.length).toBeGreaterThan(5);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
  });
});

describe('worker threads', () => {
  it('give the same corpus as this thread', async () => {
    const inThread = await loadCorpus({ ...options, dir: 'tests/fixtures/site', workers: 0 });
    const inWorkers = await loadCorpus({ ...options, dir: 'tests/fixtures/site', workers: 2 });
    expect(inWorkers.work.threads).toBe(2);
    expect(content(inWorkers)).toEqual(content(inThread));
  });
});

describe('cache and threads together', () => {
  it('renders every note again, in worker threads, when a new person makes all cached renders stale', async () => {
    const root = await mkdtemp(join(tmpdir(), 'minutes-cache-many-'));
    const dir = join(root, 'notes');
    const files = await generateNotes(dir, 260);
    const cacheDir = join(root, 'cache');
    await loadCorpus({ ...options, dir, cacheDir });
    // One note read again (in this thread), every note rendered again (enough for workers).
    await appendFile(join(dir, files[0]!), '\n**Attendees**: Zed Newcomer\n\nZed Newcomer will order the badges.\n');
    const progress: string[] = [];
    const warm = await loadCorpus({
      ...options,
      dir,
      cacheDir,
      onProgress: (stage, done, total) => progress.push(`${stage} ${done}/${total}`),
    });
    // Each note counted once, though the one read in this thread was parsed again in a worker.
    expect(warm.work).toMatchObject({ read: warm.notes.length, parsed: warm.notes.length, cached: 0 });
    expect(warm.work).toMatchObject({ rendered: warm.notes.length });
    // Chunk by chunk, whichever thread finishes first; only what was not in the cache counts.
    expect(progress[0]).toBe('read 1/1');
    expect(progress.filter((p) => p.startsWith('render')).length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(`render ${warm.notes.length}/${warm.notes.length}`);
    expect(warm.work.threads).toBeGreaterThan(0);
    expect(content(warm)).toEqual(content(await loadCorpus({ ...options, dir, workers: 0 })));
  }, 60_000);
});
