import escape from 'escape-string-regexp';
import type { Attendee } from '../notes/extract/attendees.ts';
import type { Item } from '../notes/extract/items.ts';
import type { ItemStatus } from '../notes/extract/status.ts';
import { byState, findSeries, type Indexes, type ItemRef, type itemCounts, type MeetingRef } from '../notes/indexes.ts';
import type { TrackedItem } from '../notes/tracking.ts';
import type { NoteData } from '../notes/tree.ts';
import { meetingHref, noteHref } from './format.ts';

/*
 * What lists and pages show of the corpus, as plain data: pages pass these to components as props
 * (components only render them), so a page's props are all it shows and make its cacheKey.
 */

/** A person or series as a link names it: its name where the whole site is known, and its page. */
export interface Named {
  name: string;
  slug: string;
}

export type AttendeeRow = Named & { partial?: true };

export interface ItemView {
  kind: Item['kind'];
  status: ItemStatus;
  text: string;
  topic?: string;
  owners: Named[];
  groups?: string[];
  /** The text names every owner (`Tomasz will send it`): the owners are not said again. */
  named: boolean;
}

/** Where an item was recorded: its meeting, or its note. */
export interface Place {
  href: string;
  title: string;
  date?: string;
}

export interface ItemRow {
  item: ItemView;
  /** Its line in the note. */
  href: string;
  place: Place;
}

export interface MeetingRow {
  href: string;
  title: string;
  /** The note's title, for a meeting that is a section of a note of several. */
  note?: string;
  series?: Named;
  date?: string;
  /** Attended only in part, by the person whose page lists it. */
  partial?: boolean;
  counts?: { attendees: number; actions: number; decisions: number };
}

export interface NoteRow {
  href: string;
  title: string;
  /** Its meeting's. */
  date?: string;
  description: string;
}

export interface TrackedRow {
  id: string;
  text: string;
  topic?: string;
  /** Its latest mention. */
  href: string;
  status: ItemStatus;
  stale: boolean;
  mentions: number;
  first: string;
  last: string;
}

/** Tracked actions as a reader asks for them: open, open but not mentioned lately (stale), closed. */
export interface TrackedSections {
  open: TrackedRow[];
  stale: TrackedRow[];
  closed: TrackedRow[];
}

export interface MeetingListOptions {
  hideSeries?: boolean;
  person?: string;
  counts?: ReturnType<typeof itemCounts>;
}

export type Rows = ReturnType<typeof rowsOf>;

/** Row builders over one build's indexes; an item's view is made once however many pages show it. */
export function rowsOf(indexes: Indexes) {
  const named = ({ name, slug }: Named): Named => ({ name, slug });
  const person = (name: string) => named(indexes.personByName.get(name)!);
  const items = new WeakMap<Item, ItemView>();

  const rows = {
    named,
    person,
    attendees: (list: readonly Attendee[]): AttendeeRow[] =>
      list.map((a) => ({ ...person(a.name), ...(a.partial ? { partial: a.partial } : {}) })),
    /** The series a meeting's own spelling of its series name belongs to. */
    series: (name?: string) => {
      const series = findSeries(indexes, name);
      return series && named(series);
    },
    item(item: Item): ItemView {
      let view = items.get(item);
      if (!view) {
        const says = (name: string) => new RegExp(`(?<!\\p{L})${escape(name)}(?!\\p{L})`, 'iu').test(item.text);
        view = {
          kind: item.kind,
          status: item.status,
          text: item.text,
          ...(item.topic ? { topic: item.topic } : {}),
          owners: item.owners.map(person),
          ...(item.groups ? { groups: item.groups } : {}),
          named: item.owners.length > 0 && !item.groups?.length && item.owners.every(says),
        };
        items.set(item, view);
      }
      return view;
    },
    itemRow: (ref: ItemRef): ItemRow => ({
      item: rows.item(ref.item),
      href: noteHref(ref.note.id, ref.item.id),
      place: ref.meeting
        ? { href: meetingHref(ref.meeting), title: ref.meeting.title, ...date(ref.meeting.date) }
        : { href: noteHref(ref.note.id), title: ref.note.title },
    }),
    meetings: (list: readonly MeetingRef[], { hideSeries, person, counts }: MeetingListOptions = {}): MeetingRow[] =>
      list.map((m) => {
        const series = !hideSeries && m.seriesKey ? indexes.seriesByKey.get(m.seriesKey) : undefined;
        const items = counts?.get(m);
        return {
          href: meetingHref(m),
          title: m.title,
          ...(m.anchor ? { note: m.note.title } : {}),
          ...(series ? { series: named(series) } : {}),
          ...date(m.date),
          ...(person && m.attendees.some((a) => a.name === person && a.partial) ? { partial: true } : {}),
          ...(counts
            ? {
                counts: {
                  attendees: m.attendees.length,
                  actions: items?.actions ?? 0,
                  decisions: items?.decisions ?? 0,
                },
              }
            : {}),
        };
      }),
    notes: (list: readonly NoteData[]): NoteRow[] =>
      list.map((n) => ({ href: noteHref(n.id), title: n.title, ...date(n.meetingDate), description: n.description })),
    tracked(list: readonly TrackedItem[]): TrackedSections {
      const row = (t: TrackedItem): TrackedRow => {
        const latest = t.mentions.at(-1)!;
        return {
          id: t.id,
          text: t.text,
          ...(latest.item.topic ? { topic: latest.item.topic } : {}),
          href: noteHref(latest.note.id, latest.item.id),
          status: t.status,
          stale: t.stale,
          mentions: t.mentions.length,
          first: t.first,
          last: t.last,
        };
      };
      const { open, stale, closed } = byState(list);
      return { open: open.map(row), stale: stale.map(row), closed: closed.map(row) };
    },
  };
  return rows;
}

const date = (day?: string) => (day ? { date: day } : {});
