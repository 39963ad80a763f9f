import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { writeBrokenNotes } from '../broken-notes.ts';
import { checkLinks } from '../../scripts/check-links.ts';
import { loadCorpus } from '../../src/notes/corpus.ts';
import { allFiles, buildSite, FIXTURE_CONFIG, pageCacheDir, readText, userEnv } from '../build-site.ts';
import { FIXTURE, optionsFor } from '../options.ts';

describe('building the fixture wiki', () => {
  const outDir = inject('fixtureDist');
  const page = (path: string) => readFile(join(outDir, path, 'index.html'), 'utf8');

  it('writes one page per published note at its wiki path, and the site pages', () => {
    for (const path of [
      '',
      'meeting-notes/2024-02/2024-02-05-kickoff',
      'meeting-notes/2024-02/2024-02-12-review',
      'team/roster',
      'archive/old/loose',
      'browse',
    ]) {
      expect(existsSync(join(outDir, path, 'index.html')), path).toBe(true);
    }
    expect(existsSync(join(outDir, '404.html'))).toBe(true);
  });

  it('writes listing pages for folders that have no note of their own', async () => {
    expect(await page('archive')).toContain('>old/</a>');
    expect(await page('archive/old')).toContain('>Loose page</a>');
  });

  it('rewrites wiki links to site URLs under the base', async () => {
    const kickoff = await page('meeting-notes/2024-02/2024-02-05-kickoff');
    expect(kickoff).toContain('href="/minutes/team/roster/" class="is-internal-link"');
    expect(kickoff).toContain('href="/minutes/meeting-notes/2024-02/2024-02-12-review/#h-2-outcomes"');
    expect(kickoff).toContain('src="/minutes/assets/pixel.svg" alt="pixel" width="10" height="10"');
    const home = await page('');
    expect(home).toContain('href="/minutes/meeting-notes/2024-02/2024-02-05-kickoff/" class="is-internal-link"');
    // Site navigation and assets honour the base too.
    expect(home).toContain('<a href="/minutes/browse/"');
    expect(home).toContain('href="/minutes/favicon.svg"');
    expect(home).not.toMatch(/href="\/(?!minutes\/)/);
  });

  it('gives every element of a page its own id, a note heading called "Content" too', async () => {
    const roster = await page('team/roster');
    const ids = [...roster.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toContain('content');
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(roster).toContain('href="#content"');
  });

  it('shows the note header, table of contents and edit link', async () => {
    const kickoff = await page('meeting-notes/2024-02/2024-02-05-kickoff');
    expect(kickoff).toContain('<h1>2024-02-05 Kickoff</h1>');
    expect(kickoff).toContain('<time datetime="2024-02-05">5 Feb 2024</time>');
    expect(kickoff).toMatch(/<nav class="toc"[^>]*>[\s\S]*href="#decisions"/);
    expect(kickoff).toContain('href="https://git.example/edit/main/notes/meeting-notes/2024-02/2024-02-05-kickoff.md"');
    expect(await page('team/roster')).toContain('<title>Roster: who is who · Fixture notes</title>');
  });

  it('shows when a note last changed and who changed it, from Git', async () => {
    const file = 'tests/fixtures/site/meeting-notes/2024-02/2024-02-05-kickoff.md';
    const [date, author] = execFileSync('git', ['log', '-1', '--format=%aI%n%an', '--', file], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const kickoff = await page('meeting-notes/2024-02/2024-02-05-kickoff');
    expect(kickoff).toMatch(
      new RegExp(`<dt>Updated</dt><dd><time datetime="${date!.replace(/\+/g, '\\+')}">[^<]+</time> by ${author}</dd>`),
    );
    const notes = JSON.parse(await readFile(join(outDir, 'api', 'notes.json'), 'utf8')) as Array<{
      id: string;
      lastCommit: unknown;
    }>;
    expect(notes.find((n) => n.id.endsWith('kickoff'))!.lastCommit).toEqual({ date, author });
  });

  it('copies assets to the same path', () => {
    expect(existsSync(join(outDir, 'assets', 'pixel.svg'))).toBe(true);
  });

  it('ships no script on note pages but the theme switch and a small page script that loads search on use', async () => {
    const kickoff = await page('meeting-notes/2024-02/2024-02-05-kickoff');
    const inline = kickoff.match(/<script>[\s\S]*?<\/script>/g) ?? [];
    expect(inline).toHaveLength(2);
    expect(inline.join('')).toContain('minutes-theme');
    const external = [...kickoff.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(external).toHaveLength(1);
    // The trigger and what it imports up front stay small; search itself is a dynamic import.
    const read = (path: string) => readFile(join(outDir, '_astro', path), 'utf8');
    const trigger = await read(external[0]!.split('/').at(-1)!);
    const upfront = [...trigger.matchAll(/from\s*"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]!);
    const code = [trigger, ...(await Promise.all(upfront.map(read)))].join('');
    expect(gzipSync(code).length).toBeLessThan(2048);
    expect(upfront.some((f) => f.startsWith('search.'))).toBe(false);
    expect(trigger).toMatch(/import\(`\.\/search\.[\w-]+\.js`\)/);
  });

  it('gives every page a Content-Security-Policy that allows only its own scripts', async () => {
    const pages = (await allFiles(outDir)).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const html = await readFile(file, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1];
      expect(policy, file).toBeDefined();
      const directives = new Map(
        policy!
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name!, values]),
      );
      expect(directives.get('script-src'), file).not.toContain("'unsafe-inline'");
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'self'"]);
      expect(directives.get('frame-src')).toEqual(["'none'"]);
      // Every script written into the page is one the policy lets run, by its hash.
      for (const [, body] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
        expect(directives.get('script-src'), file).toContain(
          `'sha256-${createHash('sha256').update(body!).digest('base64')}'`,
        );
      }
    }
  });

  it('has no broken internal link or anchor, but the one the notes break themselves', async () => {
    const report = await checkLinks(outDir, '/minutes/');
    expect(report.pages).toBeGreaterThan(20);
    expect(report.links).toBeGreaterThan(500);
    expect(report.broken).toEqual([]);
    expect(report.known).toEqual(['meeting-notes/2024-02/2024-02-05-kickoff/index.html → /minutes/drafts/secret/']);
  });

  it('writes the same files, byte for byte, when built again', async () => {
    const again = await buildSite('tests/fixtures/site');
    expect(again.status, again.output).toBe(0);
    const list = async (dir: string) => (await allFiles(dir)).map((f) => relative(dir, f)).sort();
    const files = await list(outDir);
    expect(await list(again.outDir)).toEqual(files);
    for (const file of files)
      expect((await readFile(join(again.outDir, file))).equals(await readFile(join(outDir, file))), file).toBe(true);
  });

  it('has every published note, and only those, in pages, the folder index, search and JSON', async () => {
    const corpus = await loadCorpus(optionsFor('tests/fixtures/site', FIXTURE, '/minutes/'));
    const urls = corpus.notes.map((n) => `/minutes/${n.path}`).sort();
    const json = (JSON.parse(await readFile(join(outDir, 'api', 'notes.json'), 'utf8')) as { url: string }[])
      .map((n) => n.url)
      .sort();
    expect(json).toEqual(urls);
    for (const note of corpus.notes) expect(existsSync(join(outDir, note.path, 'index.html')), note.id).toBe(true);
    const browse = await page('browse');
    for (const url of urls.filter((u) => u !== '/minutes/')) expect(browse, url).toContain(`href="${url}"`);
    const fragments = (await allFiles(join(outDir, 'pagefind'))).filter((f) => f.endsWith('.pf_fragment'));
    const indexed = new Set(
      await Promise.all(
        fragments.map(async (f) =>
          (JSON.parse((await readText(f)).slice('pagefind_dcd'.length)) as { url: string }).url.replace(/[?#].*$/, ''),
        ),
      ),
    );
    expect([...indexed].sort()).toEqual(urls);
  });

  it('lists every meeting by month with who attended and what it holds, and leads there from the header and home', async () => {
    const meetings = await page('meetings');
    const months = [...meetings.matchAll(/<h2 id="m-([\d-]+|undated)"/g)].map((m) => m[1]);
    expect(months.slice(0, 3)).toEqual(['2024-03', '2024-02', '2024-01']);
    expect(meetings).toMatch(/2024-02-05 Kickoff<\/a>[\s\S]*?2 attendees · 2 action items · 1 decision/);
    expect(await page('')).toContain('<a href="/minutes/meetings/">Meetings</a>');
    const home = await page('');
    expect(home.indexOf('Recent meetings')).toBeLessThan(home.indexOf('class="prose"'));
  });

  it('writes the index pages', () => {
    for (const path of [
      'people',
      'people/ana',
      't',
      't/planning',
      'dates',
      'dates/2024',
      'series',
      'series/weekly-sync',
      'actions',
      'actions/open',
      'actions/done',
      'decisions',
    ]) {
      expect(existsSync(join(outDir, path, 'index.html')), path).toBe(true);
    }
  });

  it('links people, tags, series and meetings inside monthly pages to their places', async () => {
    const ana = await page('people/ana');
    expect(ana).toContain('href="/minutes/meeting-notes/2024-01/#h-2024-01-22-weekly-sync"');
    // Index pages link into the search page with their filter set.
    expect(ana).toContain(
      '<a href="/minutes/search/?person=Ana">Search Ana&#39;s meetings, action items and decisions</a>',
    );
    expect(await page('t/planning')).toContain('href="/minutes/search/?tag=planning"');
    expect(await page('series/weekly-sync')).toContain('href="/minutes/search/?series=Weekly+Sync"');
    expect(ana).toContain('href="/minutes/meeting-notes/2024-02/2024-02-05-kickoff/"');
    const kickoff = await page('meeting-notes/2024-02/2024-02-05-kickoff');
    expect(kickoff).toContain('<a href="/minutes/people/ana/">Ana</a>');
    expect(kickoff).toContain('<a href="/minutes/t/planning/">planning</a>');
    const weekly = await page('meeting-notes/2024-02/2024-02-19-weekly-sync');
    expect(weekly).toMatch(/<a rel="prev" href="\/minutes\/meeting-notes\/2024-01\/#h-2024-01-22-weekly-sync">/);
    expect(weekly).toContain('Weekly Sync: meeting 3 of 3');
    expect(await page('series/weekly-sync')).toMatch(
      /2024-01-08 weekly sync[\s\S]*2024-01-22 Weekly Sync[\s\S]*2024-02-19 Weekly-sync/,
    );
  });

  it('shows who mentions a note, and a server-drawn calendar of meetings', async () => {
    expect(await page('team/roster')).toMatch(
      /Mentioned in[\s\S]*href="\/minutes\/meeting-notes\/2024-02\/2024-02-05-kickoff\/"/,
    );
    const dates = await page('dates');
    expect(dates).toMatch(/<svg[^>]+role="img"/);
    expect(dates).toContain('<title>2024-01-22: 1 meeting</title>');
    expect(dates).toContain('<title>2024-01-23: 0 meetings</title>');
  });

  it('writes notes.json and people.json', async () => {
    const notes = JSON.parse(await readFile(join(outDir, 'api', 'notes.json'), 'utf8')) as Array<
      Record<string, unknown>
    >;
    expect(notes).toHaveLength(9);
    const january = notes.find((n) => n.id === 'meeting-notes/2024-01')!;
    expect(january).toMatchObject({
      url: '/minutes/meeting-notes/2024-01/',
      kind: 'meeting',
      meetingDate: null,
      tags: ['weekly'],
    });
    expect(notes.find((n) => n.id === 'home')).toMatchObject({ kind: 'page' });
    expect(january.meetings).toContainEqual({
      anchor: 'h-2024-01-22-weekly-sync',
      url: '/minutes/meeting-notes/2024-01/#h-2024-01-22-weekly-sync',
      title: '2024-01-22 Weekly Sync',
      date: '2024-01-22',
      series: 'Weekly Sync',
      attendees: [{ name: 'Ana' }, { name: 'Bo', partial: true }, { name: 'Cy' }],
      line: 11,
    });
    const kickoff = notes.find((n) => n.id === 'meeting-notes/2024-02/2024-02-05-kickoff')!;
    expect(Object.keys(kickoff).sort()).toEqual([
      'attendees',
      'created',
      'description',
      'id',
      'kind',
      'lastCommit',
      'meetingDate',
      'series',
      'tags',
      'title',
      'updated',
      'url',
    ]);
    const people = JSON.parse(await readFile(join(outDir, 'api', 'people.json'), 'utf8')) as Array<{
      name: string;
      meetingCount: number;
      url: string;
    }>;
    expect(people.map((p) => [p.name, p.meetingCount, p.url])).toEqual([
      ['Ana', 4, '/minutes/people/ana/'],
      ['Bo', 5, '/minutes/people/bo/'],
      ['Cy', 3, '/minutes/people/cy/'],
    ]);
  });

  it('extracts action items and decisions, anchors them at their line, and lists them', async () => {
    type Item = {
      id: string;
      noteId: string;
      line: number;
      owners: string[];
      text: string;
      status: string;
      kind: string;
    };
    const read = async (name: string) => JSON.parse(await readFile(join(outDir, 'api', name), 'utf8')) as Item[];
    const actions = await read('actions.json');
    const decisions = await read('decisions.json');
    for (const item of [...actions, ...decisions])
      expect(Object.keys(item)).toEqual([
        'id',
        'noteId',
        'line',
        'owners',
        'groups',
        'text',
        'topic',
        'status',
        'kind',
      ]);
    const source = await readFile('tests/fixtures/site/meeting-notes/2024-02/2024-02-05-kickoff.md', 'utf8');
    const lineOf = (text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
    const book = actions.find((a) => a.noteId === 'meeting-notes/2024-02/2024-02-05-kickoff')!;
    expect(book).toMatchObject({
      line: lineOf('Bo will book'),
      owners: ['Bo'],
      kind: 'will',
      status: 'open',
      text: 'Bo will book the demo room.',
    });
    const ship = decisions.find((d) => d.noteId === 'meeting-notes/2024-02/2024-02-05-kickoff')!;
    expect(ship).toMatchObject({
      line: lineOf('Ship the prototype'),
      kind: 'decision',
      text: 'Ship the prototype in March.',
    });
    const kickoff = await page('meeting-notes/2024-02/2024-02-05-kickoff');
    expect(kickoff).toMatch(new RegExp(`<li id="${book.id}" class="item-anchor">Bo will book`));
    expect(kickoff).toMatch(new RegExp(`<li id="${ship.id}" class="item-anchor">Ship the prototype`));
    expect(kickoff).toContain(`href="#${book.id}"`);
    const link = `href="/minutes/meeting-notes/2024-02/2024-02-05-kickoff/#${book.id}"`;
    expect(await page('actions')).toContain(link);
    expect(await page('actions/open')).toContain(link);
    expect(await page('actions/done')).not.toContain(link);
    // An action carried over three meetings and done at the last: done once, open nowhere.
    expect(await page('actions/open')).not.toContain('renew the domain');
    expect((await page('actions/done')).match(/renew the domain/g)).toHaveLength(1);
    expect((await page('actions')).match(/renew the domain/g)).toHaveLength(3);
    // Its latest note lists where it was mentioned before, each a link to that line.
    const renewals = actions.filter((a) => a.text.includes('renew the domain'));
    const latest = await page('meeting-notes/2024-02/2024-02-19-weekly-sync');
    const trail = latest.match(/<span class="item-where"[^>]*>3 meetings:[\s\S]*?\(here\)<\/span>/)?.[0];
    for (const { noteId, id } of renewals.filter((a) => a.noteId !== 'meeting-notes/2024-02/2024-02-19-weekly-sync'))
      expect(trail).toContain(`href="/minutes/${noteId}/#${id}"`);
    expect(trail).toMatch(
      />8 Jan 2024<\/a> · <a [^>]*>22 Jan 2024<\/a> · <span aria-current="true"[^>]*>19 Feb 2024 \(here\)/,
    );
    expect(await page('people/bo')).toContain(link);
    expect(await page('decisions')).toMatch(/February 2024[\s\S]*Ship the prototype in March/);
    // An item in a monthly page belongs to its section's meeting.
    expect(actions.find((a) => a.text === 'Cy will send the minutes.')).toMatchObject({
      noteId: 'meeting-notes/2024-01',
      owners: ['Cy'],
    });
  });

  it('writes a feed of the newest meetings and a sitemap, with absolute URLs', async () => {
    const feed = await readFile(join(outDir, 'feed.xml'), 'utf8');
    expect(feed).toContain('<link>https://fixture.example/minutes/meeting-notes/2024-03/2024-03-01-planning/</link>');
    expect(feed.indexOf('2024-03-01-planning')).toBeLessThan(feed.indexOf('2024-02-19-weekly-sync'));
    const sitemap = await readFile(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://fixture.example/minutes/team/roster/</loc>');
    expect(sitemap).not.toContain('404');
  });

  it('leaves no trace of an unpublished note anywhere in the output', async () => {
    const files = await allFiles(outDir);
    for (const file of files) {
      const text = await readText(file);
      expect(text.toLowerCase(), file).not.toContain('secretmarker');
    }
    // The scan did reach the search index, whose files are compressed.
    expect(files.filter((f) => f.endsWith('.pf_fragment')).length).toBeGreaterThan(5);
    expect(files.some((f) => f.includes('secret'))).toBe(false);
  });
});

describe('rebuilding after a note changed', () => {
  it('renders the pages that show the change again, copies the others, and writes what a fresh build writes', async () => {
    const notes = join(await mkdtemp(join(tmpdir(), 'minutes-edit-')), 'site');
    await cp('tests/fixtures/site', notes, { recursive: true });
    const outDir = join(notes, '..', 'dist');
    const first = await buildSite(notes, outDir);
    expect(first.status, first.output).toBe(0);
    // Other pages show a note's title: a backlink on the roster, its folder's list, a series
    // neighbour, the tag, series and people pages.
    const kickoff = join(notes, 'meeting-notes', '2024-02', '2024-02-05-kickoff.md');
    const source = await readFile(kickoff, 'utf8');
    await writeFile(kickoff, source.replace('title: 2024-02-05 Kickoff', 'title: 2024-02-05 Kickoff, renamed'));
    // A page the rebuild copies from Astro's cache instead of rendering keeps its cached copy as it was.
    const cache = pageCacheDir(outDir);
    const stamps = async () =>
      new Map(
        await Promise.all(
          (await allFiles(cache)).map(async (f) => [relative(cache, f), (await stat(f)).mtimeMs] as const),
        ),
      );
    const before = await stamps();
    const again = await buildSite(notes, outDir);
    expect(again.status, again.output).toBe(0);
    expect(first.output).not.toContain('unchanged since the last build');
    const [, pages, rendered] =
      /(\d+) pages: (\d+) rendered, \d+ unchanged since the last build/.exec(again.output) ?? [];
    expect(Number(rendered)).toBeGreaterThan(0);
    expect(Number(rendered)).toBeLessThan(Number(pages));
    const after = await stamps();
    const reused = [...before].filter(([file, time]) => after.get(file) === time).map(([file]) => file);
    expect(reused).toContain(join('archive', 'old', 'loose', 'index.html'));
    expect(reused).not.toContain(join('meeting-notes', '2024-02', '2024-02-05-kickoff', 'index.html'));

    const fresh = await buildSite(notes);
    expect(fresh.status, fresh.output).toBe(0);
    const roster = await readFile(join(fresh.outDir, 'team', 'roster', 'index.html'), 'utf8');
    expect(roster.includes('Kickoff, renamed</a>'), 'the roster’s backlink names the new title').toBe(true);
    const files = (await allFiles(fresh.outDir)).map((f) => relative(fresh.outDir, f)).sort();
    expect((await allFiles(outDir)).map((f) => relative(outDir, f)).sort()).toEqual(files);
    for (const file of files)
      expect((await readFile(join(outDir, file))).equals(await readFile(join(fresh.outDir, file))), file).toBe(true);
  }, 400_000);
});

describe('building beside the project', () => {
  it('refuses an output folder whose path only starts like the project’s, before writing anything', () => {
    const outDir = `${process.cwd()}-dist-${process.pid}`;
    const result = spawnSync(
      process.execPath,
      [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--config', FIXTURE_CONFIG, '--outDir', outDir],
      { env: { ...userEnv(), MINUTES_NOTES_DIR: 'tests/fixtures/site' }, encoding: 'utf8' },
    );
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(1);
    expect(output).toContain(`The output folder ${outDir} is outside the project`);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('building broken notes', () => {
  it('fails with the file:line report, no stack trace, and writes no site', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-broken-'));
    await writeBrokenNotes(dir);
    const { status, output, outDir } = await buildSite(dir);
    expect(status).toBe(1);
    expect(output).toContain('bad-date.md:4:1');
    expect(output).toContain('bad-published.md:3:1');
    expect(output).toContain('unclosed.md:1:1');
    expect(output).toMatch(/Build stopped: 9 errors/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('building a wiki whose notes hold the places of Minutes’ pages', () => {
  it('keeps every note at its own URL, moves Minutes’ pages beside them, and every link follows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-places-'));
    const note = (title: string, body = '') => `---\ntitle: ${title}\npublished: true\n---\n\n${body}\n`;
    await mkdir(join(dir, 'search'), { recursive: true });
    await mkdir(join(dir, 'people'), { recursive: true });
    await mkdir(join(dir, 'meetings'), { recursive: true });
    await writeFile(join(dir, 'home.md'), note('Home', 'See [search](/search) and [Ana](/people/ana).'));
    await writeFile(join(dir, 'search.md'), note('Search in Wiki.js', 'How the wiki searches.'));
    await writeFile(join(dir, 'search', 'postgres.md'), note('Postgres search'));
    await writeFile(join(dir, 'people', 'ana.md'), note('Ana', 'Ana’s page of the wiki.'));
    // Unpublished: holds nothing, so the dates page stays where it is.
    await writeFile(join(dir, 'dates.md'), '---\ntitle: Dates\npublished: false\n---\n');
    await writeFile(
      join(dir, 'meetings', '2024-05-02-sync.md'),
      note('2024-05-02 Sync', 'Attendees: Ana, Bo\n\n- Bo will send the notes'),
    );
    const { status, output, outDir } = await buildSite(dir);
    expect(status, output).toBe(0);
    expect(output).toMatch(
      /search\.md:1:1 +warning +Notes are served at \/search\/, so Minutes' search page moved to \/minutes-search\//,
    );
    // A log a person can read: no page paths run together, no lines of only a render time.
    expect(output).not.toMatch(/├─.*├─/);
    expect(output).not.toMatch(/^\s*\(\+[\d.]+m?s\)\s*$/m);
    const page = (path: string) => readFile(join(outDir, path, 'index.html'), 'utf8');
    expect(await page('search')).toContain('How the wiki searches.');
    expect(await page('search/postgres')).toContain('Postgres search');
    expect(await page('people/ana')).toContain('Ana’s page of the wiki.');
    expect(await page('minutes-search')).toContain('data-search-page');
    expect(await page('minutes-people/bo')).toContain('Bo will send the notes');
    expect(await page('dates')).toContain('2024');
    // The header's links and the person links follow the pages.
    const meeting = await page('meetings/2024-05-02-sync');
    expect(meeting).toContain('href="/minutes/minutes-people/"');
    expect(meeting).toContain('href="/minutes/minutes-people/bo/"');
    expect(meeting).not.toContain('href="/minutes/people/"');
    const report = await checkLinks(outDir, '/minutes/');
    expect(report.broken).toEqual([]);
  });
});

describe('building the action log of a wiki of many meetings', () => {
  let outDir: string;
  const page = (path: string) => readFile(join(outDir, path, 'index.html'), 'utf8');
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-items-'));
    const meeting = (month: string, items: string[]) =>
      `---\ntitle: 2024-${month}-02 Sync\npublished: true\n---\n\nAttendees: Ana, Bo\n\n## Action items\n${items.join('\n')}\n`;
    const tasks = (n: number, month: string) =>
      Array.from({ length: n }, (_, i) => `- [ ] Ana to do task ${month}.${i + 1}`);
    await writeFile(join(dir, 'sync-01.md'), meeting('01', ['- [ ] Ana to renew the domain', ...tasks(1, '01')]));
    for (const month of ['02', '03', '04'])
      await writeFile(join(dir, `sync-${month}.md`), meeting(month, tasks(2, month)));
    await writeFile(
      join(dir, 'sync-05.md'),
      `${meeting('05', tasks(7, '05'))}\n## Next steps for Bo\n- send the invite\n`,
    );
    const built = await buildSite(dir);
    expect(built.status, built.output).toBe(0);
    outDir = built.outDir;
  });
  const box = async (id: string) =>
    (await page(id)).match(/<details[^>]*>\s*<summary>Action items.*?<\/summary>/s)?.[0];

  it('shows a short box of items open above the note, and a long one closed with its counts', async () => {
    expect(await box('sync-01')).toMatch(/^<details open/);
    expect(await box('sync-05')).toMatch(/^<details>/);
    expect(await box('sync-05')).toContain('8 open of 8');
  });

  it('lists actions by month, the newest two open, the rest closed with their counts', async () => {
    const actions = await page('actions');
    const months = [
      ...actions.matchAll(
        /<details class="month"( open)?>\s*<summary><h2 id="m-([\d-]+)"[^>]*>.*?<\/h2> <span class="count">([^<]*)<\/span>/gs,
      ),
    ];
    expect(months.map((m) => `${m[2]}${m[1] ? ' open' : ''}: ${m[3]}`)).toEqual([
      '2024-05 open: 8 action items, 8 open',
      '2024-04 open: 2 action items, 2 open',
      '2024-03: 2 action items, 2 open',
      '2024-02: 2 action items, 2 open',
      '2024-01: 2 action items, 2 open',
    ]);
  });

  it('shows an open action nobody mentioned for three meetings as stale, on its own view and its series', async () => {
    expect(await page('actions/stale')).toContain('renew the domain');
    expect(await page('actions/open')).not.toContain('renew the domain');
    expect(await page('actions/open')).toContain('task 05.1');
    const series = await page('series/sync');
    expect(series).toMatch(/<h2 id="actions-title">Action items<\/h2>[\s\S]*Stale[\s\S]*renew the domain/);
  });

  it('names an owner once: not before a text that names them already', async () => {
    const log = await page('actions');
    const line = (text: string) => log.match(new RegExp(`<li class="item[^"]*">(?:(?!</li>).)*${text}`, 's'))?.[0];
    expect(line('renew the domain')).not.toContain('item-owners');
    expect(line('send the invite')).toMatch(/class="item-owners"><a [^>]*>Bo<\/a>:/);
  });
});
