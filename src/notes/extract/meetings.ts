import type { Heading, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { DAY_PATTERN } from '../dates.ts';
import type { People } from '../people.ts';
import type { NoteMeta } from '../schema.ts';
import { type Attendee, attendeesIn, mergeAttendees } from './attendees.ts';
import { textLines } from './lines.ts';
import { type DateCandidate, isoDayIn, resolveMeetingDate } from './meeting-date.ts';
import { seriesName } from './series.ts';

/** One meeting inside a note that holds several (a monthly page with one dated H1 each). */
/** What every shape of a meeting holds: the note's own, a section of a monthly page, an index entry. */
export interface MeetingFacts {
  title: string;
  date: string;
  attendees: Attendee[];
}

/** A dated section of a note of several meetings, as read. */
export interface MeetingSection extends MeetingFacts {
  series?: string;
  /** Line of the dated H1. */
  line: number;
  /** Position among the note's H1s, to find the id the renderer gives the heading. */
  h1: number;
}

export interface NoteMeetings {
  /** For a note that is one meeting. */
  meetingDate?: string;
  series?: string;
  /** The meeting's attendees, or everyone at any of the note's meetings. */
  attendees: Attendee[];
  /** For a note of several meetings (two or more dated H1s and no date of its own). */
  sections: MeetingSection[];
  diagnostics: Diagnostic[];
}

const DATE_LINE = new RegExp(`^(?:meeting\\s+)?date\\s*:{1,2}\\s*(${DAY_PATTERN})\\b`, 'i');

interface H1 {
  node: Heading;
  index: number;
  text: string;
  date?: string;
}

/** Meeting date, series and attendees of one note, or of each dated section of a monthly page. */
export function extractMeetings(
  note: { id: string; file: string; meta: NoteMeta },
  tree: Root,
  people: People,
): NoteMeetings {
  const { meta } = note;
  const h1s = topLevelH1s(tree);
  const dated = h1s.filter((h) => h.date);
  const only = dated.length === 1 ? dated[0]! : undefined;
  const when = resolveMeetingDate({
    id: note.id,
    title: meta.title,
    ...(meta.meetingDate ? { meetingDate: meta.meetingDate } : {}),
    ...(only ? { heading: { source: 'heading', date: only.date!, line: only.node.position!.start.line } } : {}),
    ...withBody(dateLine(tree)),
  });
  const diagnostics: Diagnostic[] = [];
  if (when.conflict) diagnostics.push(dateConflict(note.file, when.conflict, when.date!));

  if (!when.date && dated.length > 1) {
    const at = new Map(tree.children.map((node, i) => [node, i]));
    const after = new Map(h1s.map((h, i) => [h, h1s[i + 1]]));
    const sections = dated.map((h) => section(h, at, after.get(h), tree, people));
    return { attendees: mergeAttendees(sections.flatMap((s) => s.attendees)), sections, diagnostics };
  }
  const attendees = meta.attendees?.length
    ? meta.attendees.map((name) => ({ name: people.canonical(name) }))
    : attendeesIn(tree.children, people);
  // A date read from the only dated H1 comes with that heading's series, not the page title's.
  const named = when.source === 'heading' ? only!.text : when.date ? meta.title : undefined;
  const series = meta.series ?? (named ? seriesName(named) : undefined);
  if (!when.date && (attendees.length > 0 || meta.series)) {
    diagnostics.push(
      diagnostic(
        note.file,
        { line: 1, column: 1 },
        'meeting/no-date',
        'This looks like meeting notes but has no meeting date.',
        'Add "meetingDate: YYYY-MM-DD" to the header, or start the title or file name with the date.',
      ),
    );
  }
  return {
    ...(when.date ? { meetingDate: when.date } : {}),
    ...(series ? { series } : {}),
    attendees,
    sections: [],
    diagnostics,
  };
}

const withBody = (body?: DateCandidate) => (body ? { body } : {});

function topLevelH1s(tree: Root): H1[] {
  const h1s: H1[] = [];
  let index = 0;
  // Count every H1 in document order, as the renderer does when it numbers heading ids.
  visit(tree, 'heading', (node, _i, parent) => {
    if (node.depth !== 1) return;
    if (parent === tree) {
      const text = textLines(node)[0]?.text ?? '';
      const date = isoDayIn(text);
      h1s.push({ node, index, text, ...(date ? { date } : {}) });
    }
    index++;
  });
  return h1s;
}

/** The meeting under dated H1 `h`, up to the next top-level H1; `at`: each top-level node's index. */
function section(
  h: H1,
  at: ReadonlyMap<RootContent, number>,
  next: H1 | undefined,
  tree: Root,
  people: People,
): MeetingSection {
  const start = at.get(h.node)!;
  const end = next ? at.get(next.node)! : tree.children.length;
  const series = seriesName(h.text);
  return {
    title: h.text,
    date: h.date!,
    ...(series ? { series } : {}),
    attendees: attendeesIn(tree.children.slice(start + 1, end), people),
    line: h.node.position!.start.line,
    h1: h.index,
  };
}

/** A `**Date**: 2023-03-13` line in the note's opening paragraphs or list items. */
function dateLine(tree: Root): DateCandidate | undefined {
  for (const node of tree.children as RootContent[]) {
    const paragraphs =
      node.type === 'paragraph'
        ? [node]
        : node.type === 'list'
          ? node.children.flatMap((i) => i.children.filter((c) => c.type === 'paragraph'))
          : [];
    for (const p of paragraphs) {
      for (const { text, line } of textLines(p)) {
        const m = DATE_LINE.exec(text);
        const date = m && isoDayIn(m[1]!);
        if (date) return { source: 'body', date, line };
      }
    }
  }
  return undefined;
}

function dateConflict(file: string, candidates: DateCandidate[], chosen: string): Diagnostic {
  const sources = candidates.map((c) => `${c.source} ${c.date}`).join(', ');
  const at = candidates.find((c) => c.line && c.date !== chosen)?.line ?? 1;
  return diagnostic(
    file,
    { line: at, column: 1 },
    'meeting/date-conflict',
    `The meeting date is written differently in different places (${sources}); using ${chosen}.`,
    'Correct the wrong one, or settle it with "meetingDate: YYYY-MM-DD" in the header.',
  );
}
