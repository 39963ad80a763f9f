import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../src/notes/corpus.ts';
import {
  KINDS,
  pageDocument,
  type SearchRecord,
  searchRecords,
  splitSections,
  UNDATED,
} from '../../src/notes/search.ts';
import { FIXTURE, optionsFor } from '../options.ts';

const options = optionsFor('', FIXTURE, '/minutes/');

describe('search records of the fixture wiki', () => {
  let corpus: Corpus;
  let records: SearchRecord[];
  beforeAll(async () => {
    corpus = await loadCorpus({ ...options, dir: 'tests/fixtures/site' });
    records = searchRecords(corpus.notes, corpus.indexes, options.base);
  });
  const at = (url: string) => records.find((r) => r.url === url)!;

  it('gives each meeting of a monthly page its own record, with its own people, date and series', () => {
    const january = records.filter(
      (r) => r.filters.kind?.[0] === KINDS.note && r.url.startsWith('/minutes/meeting-notes/2024-01/'),
    );
    expect(january.map((r) => r.url)).toEqual([
      '/minutes/meeting-notes/2024-01/#h-2024-01-22-weekly-sync',
      '/minutes/meeting-notes/2024-01/#h-2024-01-15',
      '/minutes/meeting-notes/2024-01/#h-2024-01-08-weekly-sync',
    ]);
    const [latest, , first] = january;
    expect(latest).toMatchObject({
      meta: { title: '2024-01-22 Weekly Sync', date: '22 Jan 2024', series: 'Weekly Sync', attendees: 'Ana, Bo, Cy' },
      filters: {
        kind: [KINDS.note, KINDS.action],
        person: ['Ana', 'Bo', 'Cy'],
        tag: ['weekly'],
        year: ['2024'],
        series: ['Weekly Sync'],
      },
      sort: { date: '2024-01-22' },
    });
    expect(first!.filters.person).toEqual(['Ana', 'Bo']);
    // Each part holds its own section only.
    expect(first!.html).toContain('zeppelin quote');
    expect(latest!.html).not.toContain('zeppelin');
    expect(latest!.html).toContain('Cy will send the minutes.');
  });

  it('makes one record of a note that is one meeting, its title as the heading', () => {
    const kickoff = at('/minutes/meeting-notes/2024-02/2024-02-05-kickoff/');
    expect(kickoff).toMatchObject({
      meta: { title: '2024-02-05 Kickoff', date: '5 Feb 2024', series: 'Kickoff', attendees: 'Ana, Bo' },
      filters: {
        kind: ['Notes', 'Action items', 'Decisions'],
        person: ['Ana', 'Bo', 'Cy'],
        tag: ['planning', 'kickoff'],
        year: ['2024'],
        series: ['Kickoff'],
      },
      sort: { date: '2024-02-05' },
    });
    expect(kickoff.html).toMatch(/^<h1>2024-02-05 Kickoff<\/h1>/);
  });

  it('keeps notes that are no meeting findable when sorting by date', () => {
    expect(at('/minutes/team/roster/')).toMatchObject({
      meta: { title: 'Roster: who is who' },
      filters: { kind: ['Notes'] },
      sort: { date: UNDATED },
    });
    expect(at('/minutes/team/roster/').filters.person).toBeUndefined();
  });

  it("holds a meeting's action items and decisions in its own record, each line a heading with its anchor", () => {
    const kickoff = corpus.notes.find((n) => n.id === 'meeting-notes/2024-02/2024-02-05-kickoff')!;
    const [action] = kickoff.actions;
    const [decision] = kickoff.decisions;
    const record = at('/minutes/meeting-notes/2024-02/2024-02-05-kickoff/');
    // Filtered by kind, a meeting is found for its items as for its notes; its people are who
    // attended and who took an action there.
    expect(record.filters).toMatchObject({ kind: ['Notes', 'Action items', 'Decisions'], person: ['Ana', 'Bo', 'Cy'] });
    // The item's own line becomes the heading, its words once, where they are.
    expect(record.html).toContain(
      `<h6 id="${action!.id}" data-pagefind-weight="10">Action item: Bo will book the demo room.</h6>`,
    );
    expect(record.html).toContain(
      `<h6 id="${decision!.id}" data-pagefind-weight="10">Decision: ${decision!.text}</h6>`,
    );
    expect(record.html.split('Bo will book the demo room')).toHaveLength(2);
    expect(at('/minutes/team/roster/').filters.kind).toEqual(['Notes']);
    // One record per note or meeting, none per item.
    expect(records).toHaveLength(corpus.notes.length + 2);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    // The item headings Pagefind indexes: none inside an element it ignores.
    const headings = (kind: string) =>
      records.flatMap((r) => {
        const found: string[] = [];
        visit(fromHtml(r.html, { fragment: true }), 'element', (node: Element) => {
          if (node.properties.dataPagefindIgnore !== undefined) return SKIP;
          if (node.tagName === 'h6' && toString(node).startsWith(`${kind}: `)) found.push(String(node.properties.id));
        });
        return found;
      });
    // Every action once: one carried over three meetings is found at its latest mention only.
    const carried = corpus.indexes.actions.filter((r) => r.item.text.includes('renew the domain'));
    expect(carried).toHaveLength(3);
    expect(headings('Action item').sort()).toEqual(
      corpus.indexes.actions
        .filter((r) => !carried.includes(r) || r.meeting?.date === '2024-02-19')
        .map((r) => r.item.id)
        .sort(),
    );
    expect(headings('Decision').sort()).toEqual(corpus.indexes.decisions.map((r) => r.item.id).sort());
    // Its earlier mentions are left out of the index, so nothing else is found under another item.
    const january = records.filter((r) => r.url.startsWith('/minutes/meeting-notes/2024-01/'));
    const ignored = (r: SearchRecord) =>
      /<li [^>]*data-minutes-item="action-15e97d1" data-pagefind-ignore="all"/.test(r.html);
    expect(january.filter(ignored)).toHaveLength(1);
    // Its line is followed by the meetings that mentioned it before.
    const { item } = carried.find((r) => r.meeting?.date === '2024-02-19')!;
    const latest = at('/minutes/meeting-notes/2024-02/2024-02-19-weekly-sync/');
    expect(latest.html).toMatch(
      new RegExp(
        `<h6 id="${item.id}"[^>]*>Action item: .*?renew the domain</h6><p>Earlier: 8 Jan 2024 · 22 Jan 2024</p>`,
      ),
    );
  });

  it('holds nothing of an unpublished note', () => {
    expect(JSON.stringify(records).toLowerCase()).not.toContain('secretmarker');
  });
});

describe('splitSections', () => {
  it('cuts at the anchored top-level headings and keeps what comes before', () => {
    const html = '<p>Intro</p><h1 id="a">A</h1><p>one</p><h2 id="x">X</h2><h1 id="b">B</h1><p>two</p>';
    expect(splitSections(html, ['a', 'b'])).toEqual({
      preamble: '<p>Intro</p>',
      parts: ['<h1 id="a">A</h1><p>one</p><h2 id="x">X</h2>', '<h1 id="b">B</h1><p>two</p>'],
    });
  });

  it('gives up rather than cut wrongly when a heading is not at the top level', () => {
    expect(splitSections('<div><h1 id="a">A</h1></div><h1 id="b">B</h1>', ['a', 'b'])).toBeUndefined();
  });
});

describe('pageDocument', () => {
  it('tags metadata, filters and the sort key for Pagefind, escaping every value', () => {
    const html = pageDocument(
      {
        url: '/x/',
        html: '<p>Body</p>',
        meta: { title: 'Say "hi" <b>' },
        filters: { person: ['Ana', 'Bo & Cy'] },
        sort: { date: '2024-01-02' },
      },
      'en',
    );
    expect(html).toMatch(/^<html lang="en"><body><main data-pagefind-body=""><p>Body<\/p>/);
    expect(html).toContain('<span data-pagefind-meta="title:Say &#x22;hi&#x22; <b>"></span>');
    expect(html).toContain(
      '<span data-pagefind-filter="person:Ana"></span><span data-pagefind-filter="person:Bo &#x26; Cy"></span>',
    );
    expect(html).toContain('<span data-pagefind-sort="date:2024-01-02"></span>');
  });
});
