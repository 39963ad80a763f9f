import type { ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { formatDay } from './dates.ts';
import { currentStatus, type Indexes, type ItemRef, type MeetingRef } from './indexes.ts';
import type { Note } from './note.ts';
import { fillItems } from './search-html.ts';
import { noteUrl } from './routes.ts';
import { headingRank } from 'hast-util-heading-rank';

/** Values of the `kind` filter. */
export const KINDS = { note: 'Notes', action: 'Action items', decision: 'Decisions' } as const;
/** The filters records carry, in the order the search page offers them. */
export const FILTERS = ['kind', 'person', 'tag', 'year', 'series'] as const;
export type Filter = (typeof FILTERS)[number];
/** Sort key of records without a meeting date: sorting newest first puts them last instead of dropping them. */
export const UNDATED = '0000-00-00';

/**
 * One searchable document: a note, or one meeting of a note of several. Its action items and
 * decisions are in it as headings of their own (`Decision` over the decision's words), so
 * Pagefind finds each as a sub-result of its meeting, landing on its line: one result per
 * meeting, ranked by how well the meeting matches.
 */
export interface SearchRecord {
  /** Site-absolute, base included; `#anchor` for a meeting section. */
  url: string;
  /** `title` always; `date`, `series`, `attendees` for meetings. */
  meta: Record<string, string>;
  filters: Partial<Record<Filter, string[]>>;
  /** `date`: the meeting's ISO date, or UNDATED. */
  sort: { date: string };
  html: string;
}

/** An action's earlier mentions are `carried`: left out of the index, so it is found once, at its latest. */
type ItemKind = 'action' | 'decision' | 'carried';

/**
 * What the search index holds, built from published notes only: one record per meeting (a note
 * of several meetings gives one per section, so filters and dates are the section's own) and one
 * per non-meeting note, each with its items. Keeping the record count at the note count keeps
 * Pagefind's first download small (a record per item made 78,000 records and a 600 kB first
 * query at 10,000 notes).
 */
export function searchRecords(notes: readonly Note[], indexes: Indexes, base: string): SearchRecord[] {
  const held = new Map<string, MeetingRef[]>();
  for (const m of indexes.meetings) held.set(m.note.id, [...(held.get(m.note.id) ?? []), m]);
  // An action carried from meeting to meeting is found as one at its latest mention.
  const itemsOf = new Map<MeetingRef | string, { ref: ItemRef; kind: ItemKind }[]>();
  const file = (ref: ItemRef, kind: ItemKind) => {
    const key = ref.meeting ?? ref.note.id;
    itemsOf.set(key, [...(itemsOf.get(key) ?? []), { ref, kind }]);
  };
  for (const ref of indexes.actions) file(ref, currentStatus(indexes, ref) === undefined ? 'carried' : 'action');
  for (const ref of indexes.decisions) file(ref, 'decision');

  // The tracked item's earlier mentions, under its latest: what the hit lists besides it.
  const earlier = (ref: ItemRef) => {
    const before = (indexes.trackedByItem.get(ref.item)?.mentions ?? []).filter((m) => m !== ref && m.meeting?.date);
    return before.length ? h('p', `Earlier: ${before.map((m) => formatDay(m.meeting!.date!)).join(' · ')}`) : undefined;
  };
  const page = (
    note: Note,
    url: string,
    title: string,
    html: string,
    meetings: readonly MeetingRef[],
    withHeading: boolean,
  ): SearchRecord => {
    const { meta, filters, sort } = meetingFacts(meetings, indexes);
    const items = (meetings.length ? meetings : [note.id]).flatMap((key) => itemsOf.get(key) ?? []);
    const kinds = [
      KINDS.note,
      ...(items.some((i) => i.kind === 'action') ? [KINDS.action] : []),
      ...(items.some((i) => i.kind === 'decision') ? [KINDS.decision] : []),
    ];
    // A meeting's people: who attended and who took an action item there.
    const people = [
      ...meetings.flatMap((m) => m.attendees.map((a) => a.name)),
      ...items.flatMap((i) => (i.kind === 'decision' ? [] : i.ref.item.owners)),
    ];
    const body = fillItems(
      html,
      items.map(({ ref, kind }) => ({
        id: ref.item.id,
        carried: kind === 'carried',
        ...(kind === 'action' ? { earlier: earlier(ref) } : {}),
      })),
    );
    return {
      url,
      meta: { title, ...meta },
      filters: clean({ kind: kinds, person: people, tag: note.tags, ...filters }),
      sort,
      html: `${withHeading ? `<h1>${toHtml({ type: 'text', value: title })}</h1>` : ''}${body}`,
    };
  };

  const records: SearchRecord[] = [];
  for (const note of notes) {
    const url = noteUrl(note.id, base);
    const meetings = held.get(note.id) ?? [];
    const html = note.searchHtml ?? note.html;
    const sections =
      meetings.length > 1
        ? splitSections(
            html,
            meetings.map((m) => m.anchor ?? ''),
          )
        : undefined;
    if (!sections) {
      records.push(page(note, url, note.title, html, meetings, true));
      continue;
    }
    if (sections.preamble.trim()) records.push(page(note, url, note.title, sections.preamble, [], true));
    for (const [i, m] of meetings.entries())
      records.push(page(note, `${url}#${m.anchor}`, m.title, sections.parts[i]!, [m], false));
  }
  return records;
}

/** Date, series and attendees of the meetings a record covers (none for a note that is no meeting). */
function meetingFacts(meetings: readonly MeetingRef[], indexes: Indexes) {
  const dates = meetings.flatMap((m) => (m.date ? [m.date] : [])).sort();
  const series = unique(
    meetings.flatMap((m) => (m.seriesKey ? [indexes.seriesByKey.get(m.seriesKey)?.name ?? ''] : [])),
  ).filter(Boolean);
  const attendees = unique(meetings.flatMap((m) => m.attendees.map((a) => a.name)));
  const newest = dates.at(-1);
  const meta: Record<string, string> = {};
  if (newest) meta.date = formatDay(newest);
  if (series.length) meta.series = series.join(', ');
  if (attendees.length) meta.attendees = attendees.join(', ');
  return {
    meta,
    filters: { year: dates.map((d) => d.slice(0, 4)), series },
    sort: { date: newest ?? UNDATED },
  };
}

/**
 * A note's HTML cut at its meetings' top-level headings: what comes before the first, and one
 * part per anchor. Undefined when an anchor is not a top-level heading (then the note is indexed
 * whole rather than cut wrongly).
 */
export function splitSections(
  html: string,
  anchors: readonly string[],
): { preamble: string; parts: string[] } | undefined {
  const order = new Map(anchors.map((a, i) => [a, i]));
  const groups: RootContent[][] = anchors.map(() => []);
  const preamble: RootContent[] = [];
  let current = preamble;
  for (const node of fromHtml(html, { fragment: true }).children) {
    const at = headingRank(node) && node.type === 'element' ? order.get(String(node.properties.id)) : undefined;
    if (at !== undefined) current = groups[at]!;
    current.push(node);
  }
  if (groups.some((g) => g.length === 0)) return undefined;
  const html_ = (nodes: RootContent[]) => toHtml({ type: 'root', children: nodes });
  return {
    preamble: toString({ type: 'root', children: preamble }).trim() ? html_(preamble) : '',
    parts: groups.map(html_),
  };
}

/**
 * The HTML document Pagefind indexes for a page record: the content as the body, and the
 * metadata, filters and sort key as `data-pagefind-*` tags.
 */
export function pageDocument(record: SearchRecord, lang: string): string {
  const tag = (attribute: string, key: string, value: string) => h('span', { [attribute]: `${key}:${value}` });
  const tags: ElementContent[] = [
    ...Object.entries(record.meta).map(([k, v]) => tag('dataPagefindMeta', k, v)),
    ...Object.entries(record.filters).flatMap(([k, values]) => values.map((v) => tag('dataPagefindFilter', k, v))),
    tag('dataPagefindSort', 'date', record.sort.date),
  ];
  const body = h('main', { dataPagefindBody: '' }, [{ type: 'raw', value: record.html }, ...tags]);
  return toHtml(h('html', { lang }, [h('body', [body])]), { allowDangerousHtml: true });
}

const unique = (values: string[]) => [...new Set(values)];

/** Filters without empty lists, values de-duplicated. */
const clean = (filters: Partial<Record<Filter, string[]>>) =>
  Object.fromEntries(Object.entries(filters).flatMap(([k, v]) => (v.length ? [[k, unique(v)]] : []))) as Partial<
    Record<Filter, string[]>
  >;
