import type { ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { formatDay } from './dates.ts';
import { currentStatus, type Indexes, type ItemRef, type MeetingRef } from './indexes.ts';
import type { Note } from './note.ts';
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
 * One searchable document: a note, one meeting of a note of several, or the action items or the
 * decisions of one meeting. Pagefind gives its headings sub-results, which is how an item is
 * found as itself: each is a heading with the item's id.
 */
export interface SearchRecord {
  /** Site-absolute, base included; `#anchor` for a meeting section; `?actions` or `?decisions` for items. */
  url: string;
  /** `title` always; `date`, `series`, `attendees` for meetings; `item` (the kind's label) for items. */
  meta: Record<string, string>;
  filters: Partial<Record<Filter, string[]>>;
  /** `date`: the meeting's ISO date, or UNDATED. */
  sort: { date: string };
  html: string;
}

/**
 * What the search index holds, built from published notes only: one record per meeting (a note
 * of several meetings gives one per section, so filters and dates are the section's own), one
 * per non-meeting note, and per meeting one for its action items and one for its decisions.
 * Grouping items keeps the record count near the note count: Pagefind's first download grows
 * with it (a record per item made 78,000 records and a 600 kB first query at 10,000 notes).
 */
export function searchRecords(notes: readonly Note[], indexes: Indexes, base: string): SearchRecord[] {
  const held = new Map<string, MeetingRef[]>();
  for (const m of indexes.meetings) held.set(m.note.id, [...(held.get(m.note.id) ?? []), m]);
  const owners = new Map<MeetingRef, string[]>();
  for (const { item, meeting } of indexes.actions)
    if (meeting) owners.set(meeting, [...(owners.get(meeting) ?? []), ...item.owners]);

  // A meeting's people: who attended and who took an action item there.
  const present = (m: MeetingRef) => [...m.attendees.map((a) => a.name), ...(owners.get(m) ?? [])];
  const page = (
    note: Note,
    url: string,
    title: string,
    html: string,
    meetings: readonly MeetingRef[],
    withHeading: boolean,
  ): SearchRecord => {
    const { meta, filters, sort } = meetingFacts(meetings, indexes);
    return {
      url,
      meta: { title, ...meta },
      filters: clean({ kind: [KINDS.note], person: meetings.flatMap(present), tag: note.tags, ...filters }),
      sort,
      html: withHeading ? `<h1>${toHtml({ type: 'text', value: title })}</h1>${html}` : html,
    };
  };

  const records: SearchRecord[] = [];
  for (const note of notes) {
    const url = noteUrl(note.id, base);
    const meetings = held.get(note.id) ?? [];
    const sections =
      meetings.length > 1
        ? splitSections(
            note.html,
            meetings.map((m) => m.anchor ?? ''),
          )
        : undefined;
    if (!sections) {
      records.push(page(note, url, note.title, note.html, meetings, true));
      continue;
    }
    if (sections.preamble.trim()) records.push(page(note, url, note.title, sections.preamble, [], true));
    for (const [i, m] of meetings.entries())
      records.push(page(note, `${url}#${m.anchor}`, m.title, sections.parts[i]!, [m], false));
  }

  const items = (
    refs: readonly ItemRef[],
    kind: 'action' | 'decision',
    label: string,
    people: (ref: ItemRef) => string[],
  ) => {
    for (const group of Map.groupBy(refs, (ref) => ref.meeting ?? ref.note).values()) {
      const [first] = group as [ItemRef];
      const { meta, filters, sort } = meetingFacts(first.meeting ? [first.meeting] : [], indexes);
      records.push({
        // Unique (Pagefind keeps one record per URL) and unlike any item's, which Pagefind would
        // otherwise drop from the sub-results as the record itself; hosts ignore the query.
        url: `${noteUrl(first.note.id, base)}?${kind}s${first.meeting?.anchor ? `#${first.meeting.anchor}` : ''}`,
        meta: { ...meta, title: first.meeting?.title ?? first.note.title, item: label },
        filters: clean({ kind: [KINDS[kind]], person: group.flatMap(people), tag: first.note.tags, ...filters }),
        sort,
        html: toHtml(group.flatMap((ref) => [h('h2', { id: ref.item.id }, ref.item.text), ...earlier(ref)])),
      });
    }
  };
  // An action carried from meeting to meeting is found once, at its latest mention, which lists
  // the meetings before it: the hit's text under the item's heading.
  const earlier = (ref: ItemRef) => {
    const before = (indexes.trackedByItem.get(ref.item)?.mentions ?? []).filter((m) => m !== ref && m.meeting?.date);
    return before.length ? [h('p', `Earlier: ${before.map((m) => formatDay(m.meeting!.date!)).join(' · ')}`)] : [];
  };
  const latest = indexes.actions.filter((ref) => currentStatus(indexes, ref) !== undefined);
  items(latest, 'action', 'Action items', (ref) => ref.item.owners);
  items(indexes.decisions, 'decision', 'Decisions', (ref) => ref.meeting?.attendees.map((a) => a.name) ?? []);
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
