import { existsSync } from 'node:fs';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_SLUG_BYTES } from '../../src/notes/slug.ts';
import { allFiles, buildSite } from '../build-site.ts';
import { FORBIDDEN, LONG, writeControlNotes, writeLongNameNotes, writeNestedNotes } from '../hostile/output.ts';

const DEPTH = 100;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Notes that try to take the output over: characters XML forbids, names longer than a file name, a deep chain of folders. */
describe('notes that try to take over the output', () => {
  let outDir: string;
  let files: string[];
  let controlNotes: string[];
  let longNotes: string[];
  let chain: string[];
  const page = (path: string) => readFile(join(outDir, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-hostile-output-'));
    controlNotes = await writeControlNotes(dir);
    longNotes = await writeLongNameNotes(dir);
    await writeNestedNotes(join(dir, 'deep'), DEPTH, 1024);
    chain = Array.from(
      { length: DEPTH },
      (_, i) => `deep/${Array.from({ length: i + 1 }, (_, j) => String.fromCharCode(97 + (j % 26))).join('/')}`,
    );
    const build = await buildSite(dir);
    expect(build.status, build.output).toBe(0);
    outDir = build.outDir;
    files = (await allFiles(outDir)).map((f) => relative(outDir, f));
  });

  describe('control characters', () => {
    it('the strict parser used here rejects them', () => {
      for (const c of FORBIDDEN)
        expect(() => new JSDOM(`<a>${c}</a>`, { contentType: 'application/xml' }), JSON.stringify(c)).toThrow();
    });

    it('leave every XML file of the site well-formed', async () => {
      const xml = files.filter((f) => f.endsWith('.xml'));
      expect(xml).toEqual(expect.arrayContaining(['feed.xml', 'sitemap-index.xml', 'sitemap-0.xml']));
      for (const file of xml) {
        const text = await readFile(join(outDir, file), 'utf8');
        expect(() => new JSDOM(text, { contentType: 'application/xml' }), file).not.toThrow();
      }
    });

    it('are dropped from the feed, which still has those meetings', async () => {
      const feed = new JSDOM(await readFile(join(outDir, 'feed.xml'), 'utf8'), { contentType: 'application/xml' })
        .window.document;
      const titles = [...feed.querySelectorAll('item > title')].map((t) => t.textContent);
      // In the body, Markdown has already made U+0000 a U+FFFD (which XML allows).
      const design = (day: string) => new RegExp(`^2024-03-${day} Design\ufffd? review \\(Monthly notes\\)$`);
      expect(titles).toEqual(
        expect.arrayContaining([
          '2024-03-01 Weekly sync',
          expect.stringMatching(design('04')),
          expect.stringMatching(design('11')),
          '2024-03-05 Body attendees',
        ]),
      );
      expect(titles.some((t) => t?.startsWith('2024-03-02 Escaped'))).toBe(true);
      const categories = [...feed.querySelectorAll('item > category')].map((c) => c.textContent);
      expect(categories).toContain('planning');
      expect([...feed.querySelectorAll('item > description')].map((d) => d.textContent)).toContain('Roadmap review');
    });

    it('never reach a page as a raw U+0000, nor the site’s own markup of those notes', async () => {
      for (const file of files.filter((f) => f.endsWith('.html')))
        expect(await readFile(join(outDir, file), 'utf8'), file).not.toContain('\u0000');
      const forbidden = new RegExp(`[${FORBIDDEN}]`);
      for (const id of controlNotes) {
        const html = await page(id);
        // The title, header facts, meetings and breadcrumbs come from Minutes; the body is the note's own.
        const own = html.replace(/<div class="prose">[\s\S]*<\/div>\s*<\/article>/, '');
        expect(own.length, id).toBeLessThan(html.length);
        expect(own, id).not.toMatch(forbidden);
      }
      for (const index of ['', 'people', 'series', 't', 'dates/2024', 'people/ana', 'series/design-review'])
        expect(await page(index), index).not.toMatch(forbidden);
    });
  });

  describe('long names', () => {
    /** The site's pages a note links to for its series, tags and people. */
    const indexLinks = (html: string) =>
      [...html.matchAll(/href="\/minutes\/((?:series|t|people)\/[^"/]+)\/"/g)].map((m) => decodeURIComponent(m[1]!));

    it('make pages whose folder names are at most 100 bytes, one per name', async () => {
      const linked = new Set<string>();
      for (const id of longNotes) for (const path of indexLinks(await page(id))) linked.add(path);
      // The series of the two long titles, the long tag, person and series of each long-fields note.
      const long = [...linked].filter((p) => bytes(p.split('/')[1]!) > 60);
      expect(long.filter((p) => p.startsWith('series/'))).toHaveLength(4);
      expect(long.filter((p) => p.startsWith('t/'))).toHaveLength(2);
      expect(long.filter((p) => p.startsWith('people/'))).toHaveLength(2);
      for (const path of linked) {
        expect(bytes(path.split('/')[1]!), path).toBeLessThanOrEqual(MAX_SLUG_BYTES);
        expect(existsSync(join(outDir, path, 'index.html')), path).toBe(true);
      }
      expect(await page(long.find((p) => p.startsWith('people/'))!)).toContain(LONG.attendee.slice(0, 100));
      expect(await page(long.find((p) => p.startsWith('t/'))!)).toContain(LONG.tag.slice(0, 100));
    });

    it('leave no path segment of the site over 255 bytes', () => {
      for (const file of files)
        for (const segment of file.split('/')) expect(bytes(segment), file).toBeLessThanOrEqual(255);
    });
  });

  describe('a chain of folders', () => {
    it('has a page per level, each with at most six breadcrumbs', async () => {
      for (const id of chain) {
        const html = await page(id);
        const crumbs = /<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
        expect((crumbs.match(/<li>/g) ?? []).length, id).toBeLessThanOrEqual(7);
      }
    });

    it('gives a deep page no more weight than its own longer path', async () => {
      const size = async (level: number) => (await stat(join(outDir, chain[level - 1]!, 'index.html'))).size;
      const [shallow, deep] = [await size(10), await size(DEPTH)];
      // Each of a page's few links to its neighbours holds its path (two bytes a level): a bounded
      // number of paths, not one per ancestor (which was 14 kB more at level 100).
      const longer = bytes(chain[DEPTH - 1]!) - bytes(chain[9]!);
      expect(deep - shallow).toBeLessThan(10 * longer);
    });

    it('is in /browse/ in full, nested at most twelve levels', async () => {
      const browse = await page('browse');
      for (const id of chain) expect(browse, id).toContain(`href="/minutes/${id}/"`);
      let depth = 0;
      let deepest = 0;
      for (const [, close] of browse.matchAll(/<(\/?)details>/g))
        deepest = Math.max(deepest, (depth += close ? -1 : 1));
      expect(deepest).toBeLessThanOrEqual(12);
    });
  });
});
