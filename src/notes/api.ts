import type { Attendee } from './extract/attendees.ts';
import { findSeries, type Indexes, type MeetingRef } from './indexes.ts';
import type { NoteData } from './tree.ts';

/** Site-absolute URL of a note (or of a section of it), base included. */
export type UrlOf = (noteId: string, anchor?: string) => string;

const attendees = (list: Attendee[]) =>
  list.map((a) => (a.partial ? { name: a.name, partial: true } : { name: a.name }));

/**
 * `api/notes.json`: per published note its id, URL, title, description, meeting date (and last day, for
 * a meeting over several days), series,
 * attendees, tags, Wiki.js dates, and for a note of several meetings each meeting.
 */
export function notesJson(notes: readonly NoteData[], indexes: Indexes, url: UrlOf) {
  const seriesName = (name?: string) => findSeries(indexes, name)?.name;
  return notes.map((n) => ({
    id: n.id,
    url: url(n.id),
    title: n.title,
    description: n.description,
    kind: n.kind,
    meetingDate: n.meetingDate ?? null,
    ...(n.meetingEnd ? { meetingEnd: n.meetingEnd } : {}),
    ...(n.meetings
      ? {
          meetings: n.meetings.map((m) => ({
            anchor: m.anchor,
            url: url(n.id, m.anchor),
            title: m.title,
            date: m.date,
            series: seriesName(m.series) ?? null,
            attendees: attendees(m.attendees),
            line: m.line,
          })),
        }
      : {}),
    attendees: attendees(n.attendees),
    tags: n.tags,
    series: seriesName(n.series) ?? null,
    updated: n.updated ?? null,
    created: n.created ?? null,
    lastCommit: n.lastCommit ?? null,
  }));
}

/** `api/people.json`: each person with their meetings, newest first. */
export function peopleJson(indexes: Indexes, url: UrlOf, personUrl: (slug: string) => string) {
  const meeting = (m: MeetingRef) => ({
    noteId: m.note.id,
    url: url(m.note.id, m.anchor),
    date: m.date ?? null,
    title: m.title,
  });
  return indexes.people.map((p) => ({
    name: p.name,
    slug: p.slug,
    url: personUrl(p.slug),
    meetingCount: p.meetings.length,
    first: p.first ?? null,
    last: p.last ?? null,
    meetings: p.meetings.map(meeting),
  }));
}

/** `api/actions.json` and `api/decisions.json`: one record per item, every key always there. */
export const itemsJson = (refs: Indexes['actions']) =>
  refs.map(({ item }) => ({
    id: item.id,
    noteId: item.noteId,
    line: item.line,
    owners: item.owners,
    groups: item.groups ?? [],
    text: item.text,
    topic: item.topic ?? null,
    status: item.status,
    kind: item.kind,
  }));

/** `api/tracked.json`: each action followed from meeting to meeting, with every mention. */
export const trackedJson = (tracked: Indexes['tracked'], url: UrlOf) =>
  tracked.map((t) => ({
    id: t.id,
    text: t.text,
    owners: t.owners,
    status: t.status,
    stale: t.stale,
    first: t.first,
    last: t.last,
    mentions: t.mentions.map(({ item, meeting }) => ({
      noteId: item.noteId,
      line: item.line,
      url: url(item.noteId, item.id),
      date: meeting!.date!,
      status: item.status,
    })),
  }));
