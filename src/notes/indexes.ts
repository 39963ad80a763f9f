import type { MeetingFacts } from './extract/meetings.ts';
import type { Item } from './extract/items.ts';
import { seriesKey } from './extract/series.ts';
import { slugify } from './slug.ts';
import type { NoteData } from './tree.ts';
import { entry } from './maps.ts';
import { isOpen } from './extract/status.ts';
import { type TrackedItem, trackActions } from './tracking.ts';

/** One meeting: a whole note, or one dated section of a note of several. */
export interface MeetingRef extends Omit<MeetingFacts, 'date'> {
  note: NoteData;
  /** Heading id of the section, for a note of several meetings. */
  anchor?: string;
  /** Undated only for a note that names attendees but no date (`check` warns about it). */
  date?: string;
  seriesKey?: string;
}

/** An action item or decision with the meeting it was recorded at. */
export interface ItemRef {
  item: Item;
  note: NoteData;
  /** The note's meeting, or the section of a note of several that holds the line. */
  meeting?: MeetingRef;
}

export interface Person {
  name: string;
  slug: string;
  /** Newest first. */
  meetings: MeetingRef[];
  /** Action items they own, newest meeting first. */
  actions: ItemRef[];
  /** The actions they own followed from meeting to meeting, latest mention first. */
  tracked: TrackedItem[];
  first?: string;
  last?: string;
}

export interface Tag {
  name: string;
  slug: string;
  /** Newest meeting first, then by title. */
  notes: NoteData[];
}

export interface Series {
  /** The spelling most of its meetings use. */
  name: string;
  slug: string;
  key: string;
  /** Oldest first. */
  meetings: MeetingRef[];
  /** Position in `meetings` of each note that is one meeting, so a page finds its neighbours without a search. */
  position: Map<string, number>;
}

export interface Month {
  /** `YYYY-MM`. */
  month: string;
  /** Newest first. */
  meetings: MeetingRef[];
}

export interface Year {
  year: string;
  /** Newest first. */
  months: Month[];
  count: number;
  /** `YYYY-MM-DD` → meetings that day. */
  days: Map<string, number>;
}

export interface Indexes {
  /** Newest first; undated ones last. */
  meetings: MeetingRef[];
  /** Newest meeting first, then in note order. */
  actions: ItemRef[];
  decisions: ItemRef[];
  people: Person[];
  personBySlug: Map<string, Person>;
  personByName: Map<string, Person>;
  tags: Tag[];
  tagBySlug: Map<string, Tag>;
  series: Series[];
  seriesBySlug: Map<string, Series>;
  seriesByKey: Map<string, Series>;
  /** Newest first. */
  years: Year[];
  /** Note id → the notes linking to it, by title. */
  backlinks: Map<string, NoteData[]>;
  /** Action items followed from meeting to meeting, latest mention first. */
  tracked: TrackedItem[];
  /** The tracked item each mention belongs to. */
  trackedByItem: Map<Item, TrackedItem>;
}

/** Meetings of its series after an open action's last mention before it shows as stale. */
export const STALE_AFTER = 3;

const byTitle = (a: NoteData, b: NoteData) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
const newestFirst = (a: MeetingRef, b: MeetingRef) =>
  (b.date ?? '').localeCompare(a.date ?? '') ||
  a.note.id.localeCompare(b.note.id) ||
  (a.anchor ?? '').localeCompare(b.anchor ?? '');

/** The series a meeting's own spelling of its series name belongs to. */
export const findSeries = (indexes: Indexes, name?: string) =>
  name ? indexes.seriesByKey.get(seriesKey(name)) : undefined;

/** The meetings a note holds: its sections, or the note itself when it is one meeting. */
export function meetingsOf(note: NoteData): MeetingRef[] {
  if (note.meetings) {
    return note.meetings.map((m) => ({
      note,
      anchor: m.anchor,
      title: m.title,
      date: m.date,
      ...(m.series ? { seriesKey: seriesKey(m.series) } : {}),
      attendees: m.attendees,
    }));
  }
  if (note.kind !== 'meeting') return [];
  return [
    {
      note,
      title: note.title,
      ...(note.meetingDate ? { date: note.meetingDate } : {}),
      ...(note.series ? { seriesKey: seriesKey(note.series) } : {}),
      attendees: note.attendees,
    },
  ];
}

/**
 * Every index the site shows, in one pass over the notes plus sorting: maps keyed by person,
 * tag, series and day, never a scan of all notes per note.
 */
export function buildIndexes(notes: readonly NoteData[], { staleAfter = STALE_AFTER } = {}): Indexes {
  const meetings: MeetingRef[] = [];
  const actions: ItemRef[] = [];
  const decisions: ItemRef[] = [];
  const people = new Map<string, Person>();
  const person = (name: string) =>
    entry(people, name, () => ({ name, slug: '', meetings: [], actions: [], tracked: [] }) as Person);
  const tags = new Map<string, Tag>();
  const series = new Map<string, { meetings: MeetingRef[]; spellings: Map<string, number> }>();
  const backlinks = new Map<string, NoteData[]>();

  for (const note of notes) {
    for (const target of note.links) {
      if (target === note.id) continue;
      entry(backlinks, target, () => []).push(note);
    }
    for (const name of note.tags) {
      const slug = slugify(name);
      entry(tags, slug, () => ({ name, slug, notes: [] })).notes.push(note);
    }
    const spellings = note.meetings?.map((m) => m.series) ?? [note.series];
    const held = meetingsOf(note);
    const at = (line: number) => (note.meetings ? held.findLast((_, i) => note.meetings![i]!.line <= line) : held[0]);
    for (const item of note.actions) actions.push(ref(item, note, at(item.line)));
    for (const item of note.decisions) decisions.push(ref(item, note, at(item.line)));
    held.forEach((meeting, i) => {
      meetings.push(meeting);
      for (const { name } of meeting.attendees) {
        person(name).meetings.push(meeting);
      }
      const spelling = spellings[i];
      if (meeting.seriesKey && spelling) {
        const s = entry(series, meeting.seriesKey, () => ({ meetings: [], spellings: new Map() }));
        s.meetings.push(meeting);
        s.spellings.set(spelling, (s.spellings.get(spelling) ?? 0) + 1);
      }
    });
  }

  meetings.sort(newestFirst);
  actions.sort(itemsNewestFirst);
  decisions.sort(itemsNewestFirst);
  for (const a of actions) for (const name of a.item.owners) person(name).actions.push(a);
  const tracked = trackActions(actions, meetings, staleAfter);
  for (const t of tracked) for (const name of t.owners) person(name).tracked.push(t);
  const personList = uniqueSlugs(
    [...people.values()].sort((a, b) => a.name.localeCompare(b.name)),
    (p) => p.name,
  );
  for (const p of personList) {
    p.meetings.sort(newestFirst);
    const dated = p.meetings.filter((m) => m.date);
    if (dated.length) [p.last, p.first] = [dated[0]!.date!, dated.at(-1)!.date!];
  }
  const tagList = [...tags.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const t of tagList)
    t.notes.sort((a, b) => (b.meetingDate ?? '').localeCompare(a.meetingDate ?? '') || byTitle(a, b));
  const seriesList = uniqueSlugs(
    [...series].map(([key, s]) => {
      const ordered = s.meetings.sort(newestFirst).reverse();
      const position = new Map(ordered.flatMap((m, i): [string, number][] => (m.anchor ? [] : [[m.note.id, i]])));
      return { name: mostUsed(s.spellings), slug: '', key, meetings: ordered, position };
    }),
    (s) => s.name,
  ).sort((a, b) => a.name.localeCompare(b.name));
  for (const list of backlinks.values()) list.sort(byTitle);

  return {
    meetings,
    actions,
    decisions,
    people: personList,
    personBySlug: new Map(personList.map((p) => [p.slug, p])),
    personByName: new Map(personList.map((p) => [p.name, p])),
    tags: tagList,
    tagBySlug: new Map(tagList.map((t) => [t.slug, t])),
    series: seriesList,
    seriesBySlug: new Map(seriesList.map((s) => [s.slug, s])),
    seriesByKey: new Map(seriesList.map((s) => [s.key, s])),
    years: calendar(meetings),
    backlinks,
    tracked,
    trackedByItem: new Map(tracked.flatMap((t) => t.mentions.map((m) => [m.item, t] as const))),
  };
}

const ref = (item: Item, note: NoteData, meeting?: MeetingRef): ItemRef =>
  meeting ? { item, note, meeting } : { item, note };
const itemsNewestFirst = (a: ItemRef, b: ItemRef) =>
  (b.meeting?.date ?? '').localeCompare(a.meeting?.date ?? '') ||
  a.note.id.localeCompare(b.note.id) ||
  a.item.line - b.item.line;

/** The most frequent spelling; ties go to the first seen. */
function mostUsed(counts: Map<string, number>) {
  let best = '';
  let most = 0;
  for (const [name, n] of counts) if (n > most) [best, most] = [name, n];
  return best;
}

/** Slugs from names, made unique with `-2`, `-3`… in the given order (so they are stable). */
function uniqueSlugs<T extends { slug: string }>(items: T[], name: (item: T) => string): T[] {
  const taken = new Set<string>();
  for (const item of items) {
    const base = slugify(name(item));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    item.slug = slug;
  }
  return items;
}

/** Years → months → meetings, from meetings already sorted newest first. */
function calendar(meetings: readonly MeetingRef[]): Year[] {
  const years: Year[] = [];
  for (const meeting of meetings) {
    if (!meeting.date) continue;
    const year = meeting.date.slice(0, 4);
    const month = meeting.date.slice(0, 7);
    let y: Year | undefined = years.at(-1);
    if (y?.year !== year) years.push((y = { year, months: [], count: 0, days: new Map() }));
    let m: Month | undefined = y.months.at(-1);
    if (m?.month !== month) y.months.push((m = { month, meetings: [] }));
    m.meetings.push(meeting);
    y.count++;
    y.days.set(meeting.date, (y.days.get(meeting.date) ?? 0) + 1);
  }
  return years;
}

/**
 * Where an action stands now: a mention of a tracked item stands for the item, so only its latest
 * mention is listed, with the item's status (`Bo to book` done two meetings later is not open).
 */
export function currentStatus(indexes: Pick<Indexes, 'trackedByItem'>, ref: ItemRef) {
  const tracked = indexes.trackedByItem.get(ref.item);
  if (!tracked) return ref.item.status;
  return tracked.mentions.at(-1)!.item === ref.item ? tracked.status : undefined;
}

/** A person's actions as their page shows them: followed ones by where they stand, and those of undated notes. */
/** Action items and decisions per meeting, for the meetings log. */
export const itemCounts = (indexes: Pick<Indexes, 'actions' | 'decisions'>) => {
  const counts = new Map<MeetingRef, { actions: number; decisions: number }>();
  const add = (refs: readonly ItemRef[], key: 'actions' | 'decisions') => {
    for (const { meeting } of refs) {
      if (!meeting) continue;
      const entry = counts.get(meeting) ?? { actions: 0, decisions: 0 };
      entry[key]++;
      counts.set(meeting, entry);
    }
  };
  add(indexes.actions, 'actions');
  add(indexes.decisions, 'decisions');
  return counts;
};

/** Tracked items as a reader asks for them: open, open but not mentioned lately (stale), closed. */
export const byState = (tracked: readonly TrackedItem[]) => ({
  open: tracked.filter((t) => isOpen(t.status) && !t.stale),
  stale: tracked.filter((t) => t.stale),
  closed: tracked.filter((t) => !isOpen(t.status)),
});

export function personActions(person: Person) {
  const { open, stale, closed } = byState(person.tracked);
  /** Items of undated notes are not followed: listed as written. */
  const undated = person.actions.filter((a) => !a.meeting?.date);
  return {
    open,
    stale,
    closed,
    undated,
    /** Counts for the people index: open (not stale) and done, undated ones included. */
    openCount: open.length + undated.filter((a) => isOpen(a.item.status)).length,
    doneCount:
      closed.filter((t) => t.status === 'done').length + undated.filter((a) => a.item.status === 'done').length,
  };
}
