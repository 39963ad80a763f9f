import type { Heading, Root, RootContent } from 'mdast';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { People } from '../people.ts';
import type { NoteMeta } from '../schema.ts';
import { type Attendee, attendanceIn, attendeesIn, mergeAttendees } from './attendees.ts';
import { textLines } from './lines.ts';
import { toString as textOf } from 'mdast-util-to-string';
import {
  type DateCandidate,
  type DateSource,
  firstDay,
  type MeetingDate,
  placeContext,
  resolveMeetingDate,
} from './meeting-date.ts';
import { type DayContext, daysIn, fileNameDays, folderContext, type WrittenDay } from './written-days.ts';
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
  /** Line of the dated H1: where the renderer's heading with the section's id starts. */
  line: number;
}

/** Words that name a meeting in a title, file name or folder (`weekly-sync`, `meeting-notes/`, `irsgminutes`). */
const MEETING_WORDS =
  /(?:meeting|minutes|(?<!\p{L})(?:call|sync|retro|review|planning)|stand-?up|check-?in|all-?hands|all-?staff|all-?team|teleconference|telecon|kick-?off|one-on-one|1:1|office hours|committee|huddle|weekly)/iu;
/** Headings that give a note a meeting's structure. */
const MEETING_HEADINGS =
  /^(?:agenda|minutes|attendees|attendance|participants|present|action items?|actions|next steps|decisions?|discussion|check-?in)\b/i;

/** Where a note's meeting facts were read, for `check --verbose`: an author sees why. */
export interface FactOrigin {
  date?: { source: DateSource; line?: number };
  series?: 'front matter' | 'title' | 'heading' | 'file name' | 'folder';
  /** The header, or the lines of the attendance records read. */
  attendees?: 'front matter' | number[];
}

export interface NoteMeetings {
  /** For a note that is one meeting. */
  meetingDate?: string;
  /** The last day of a meeting over several days (a file named `20230317-20-…`). */
  meetingEnd?: string;
  /** With no date: the days its only date's digits could mean (`03/04/22`), for the folder's other notes to settle. */
  readings?: string[];
  series?: string;
  /** The meeting's attendees, or everyone at any of the note's meetings. */
  attendees: Attendee[];
  /** For a note of several meetings (two or more dated H1s and no date of its own). */
  sections: MeetingSection[];
  origin: FactOrigin;
  /** Whether the note reads as meeting notes: attendees, a meeting word in its title or path, or an agenda's headings. */
  looksLikeMeeting: boolean;
  diagnostics: Diagnostic[];
}

/** A label before a meeting's date: `Date:`, `Meeting date::`, `When:`. */
const DATE_LABEL = /^(?:(?:meeting\s+)?date|when)\s*:{1,2}\s*/i;

interface H1 {
  node: Heading;
  text: string;
  date?: string;
  day?: LineDay;
}

/** Meeting date, series and attendees of one note, or of each dated section of a monthly page. */
export function extractMeetings(
  note: { id: string; file: string; meta: NoteMeta },
  tree: Root,
  people: People,
): NoteMeetings {
  const { meta } = note;
  const context = placeContext(note.id);
  const h1s = topLevelH1s(tree, context);
  const dated = h1s.filter((h) => h.date);
  const only = dated.length === 1 ? dated[0]! : undefined;
  const heading = only?.day;
  const body = dateLine(tree, context, dated.length > 1);
  const when = resolveMeetingDate({
    id: note.id,
    title: meta.title,
    ...(meta.meetingDate ? { meetingDate: meta.meetingDate } : {}),
    ...(heading ? { heading } : {}),
    ...(body ? { body } : {}),
  });
  const diagnostics: Diagnostic[] = [];
  if (when.conflict) diagnostics.push(dateConflict(note.file, when.conflict, when.date!));
  if (when.ambiguous) diagnostics.push(dateAmbiguous(note.file, when.ambiguous));

  if (!when.date && dated.length > 1) {
    const at = new Map(tree.children.map((node, i) => [node, i]));
    const after = new Map(h1s.map((h, i) => [h, h1s[i + 1]]));
    const sections = dated.map((h) => section(h, at, after.get(h), tree, people, context));
    return {
      attendees: mergeAttendees(sections.flatMap((s) => s.attendees)),
      sections,
      origin: {},
      looksLikeMeeting: true,
      diagnostics,
    };
  }
  const attendance = meta.attendees?.length
    ? { attendees: meta.attendees.map((name) => ({ name: people.canonical(name) })), lines: 'front matter' as const }
    : attendanceIn(tree.children, people);
  const { attendees } = attendance;
  // A date read from the only dated H1 comes with that heading's series, not the page title's.
  const named = when.source === 'heading' ? only!.text : when.date ? meta.title : undefined;
  const fileName = note.id.split('/').at(-1)!;
  // Where the title gives none: the file name's words (`20181011-allhands.md`), or for a file
  // named by its date alone, its folder (`irsgminutes/2021-08-31.md`).
  const seriesFrom = (
    [
      ['front matter', meta.series],
      [when.source === 'heading' ? 'heading' : 'title', named && seriesName(named, context)],
      ['file name', when.date && seriesName(fileName, context)],
      ['folder', when.date && fileNameDays(fileName, context).length > 0 && folderSeries(note.id)],
    ] as const
  ).find(([, name]) => name);
  const series = seriesFrom?.[1] || undefined;
  const origin: FactOrigin = {
    ...(when.source ? { date: { source: when.source, ...(when.line ? { line: when.line } : {}) } } : {}),
    ...(seriesFrom ? { series: seriesFrom[0] } : {}),
    ...(attendees.length ? { attendees: attendance.lines } : {}),
  };
  if (!when.date && !when.ambiguous && (attendees.length > 0 || meta.series)) {
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
    ...(when.end ? { meetingEnd: when.end } : {}),
    ...(when.ambiguous ? { readings: when.ambiguous.readings } : {}),
    ...(series ? { series } : {}),
    attendees,
    sections: [],
    origin,
    looksLikeMeeting:
      attendees.length > 0 ||
      MEETING_WORDS.test(`${meta.title} ${note.id}`) ||
      tree.children.some((n) => n.type === 'heading' && MEETING_HEADINGS.test(textLines(n)[0]?.text ?? '')),
    diagnostics,
  };
}

/** The innermost folder that is not a year or month, naming the series of the notes it holds. */
function folderSeries(id: string) {
  const folders = id.split('/').slice(0, -1);
  const named = folders.findLast((f) => seriesName(f) !== undefined && !folderContext(`${f}/x`).year);
  return named && seriesName(named);
}

type LineDay = WrittenDay & { line: number };

/** The day a line gives, with the line's number. */
const dayAt = (text: string, line: number, context: DayContext): LineDay | undefined => {
  const day = firstDay(daysIn(text, context));
  return day && { ...day, line };
};

function topLevelH1s(tree: Root, context: DayContext): H1[] {
  const h1s: H1[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth !== 1) continue;
    const text = textLines(node)[0]?.text ?? '';
    const day = dayAt(text, node.position!.start.line, context);
    h1s.push({ node, text, ...(day?.date ? { date: day.date, day } : {}) });
  }
  return h1s;
}

/** The meeting under dated H1 `h`, up to the next top-level H1; `at`: each top-level node's index. */
function section(
  h: H1,
  at: ReadonlyMap<RootContent, number>,
  next: H1 | undefined,
  tree: Root,
  people: People,
  context: DayContext,
): MeetingSection {
  const start = at.get(h.node)!;
  const end = next ? at.get(next.node)! : tree.children.length;
  const series = seriesName(h.text, context);
  return {
    title: h.text,
    date: h.date!,
    ...(series ? { series } : {}),
    attendees: attendeesIn(tree.children.slice(start + 1, end), people),
    line: h.node.position!.start.line,
  };
}

/**
 * A date line: a `Date:` or `When:` label followed by a day, in the note's top-level paragraphs
 * and list items; or the note's opening line (the first of the first paragraph or list, before
 * any heading or under the first) when it starts with a day (`**16th October 2023**`,
 * `- Friday, March 17, 2023. 11am`). A page of several meetings has no opening date line: its
 * first lines are more often a list of dated links.
 */
function dateLine(tree: Root, context: DayContext, severalMeetings: boolean): LineDay | undefined {
  let headings = 0;
  let opening = !severalMeetings;
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading') headings++;
    const paragraphs =
      node.type === 'paragraph'
        ? [node]
        : node.type === 'list'
          ? node.children.flatMap((i) => i.children.filter((c) => c.type === 'paragraph'))
          : [];
    // A link or a list of dated items is no date line (`- [2022-10-26 weekly](…)`).
    const dates = opening && headings < 2 && node.type === 'list' && paragraphs.length > 1;
    for (const p of paragraphs) {
      for (const { text, line } of textLines(p)) {
        const label = DATE_LABEL.exec(text);
        // Past the opening line only a labelled line can be the date line: no other is read for a day.
        if (label || (opening && headings < 2)) {
          const day = dayAt(label ? text.slice(label[0].length) : text, line, context);
          const plain = () =>
            p.children[0]?.type !== 'link' && !(dates && dayAt(textOf(paragraphs[1]!), 0, context)?.index === 0);
          if (day?.index === 0 && (label || plain())) return day;
        }
        opening = false;
      }
    }
  }
  return undefined;
}

function dateAmbiguous(file: string, { source, readings, line }: NonNullable<MeetingDate['ambiguous']>) {
  return diagnostic(
    file,
    { line: line ?? 1, column: 1 },
    'meeting/date-ambiguous',
    `The ${source} gives a date that could be read as ${readings.join(' or ')}, and nothing else in the note settles which.`,
    'Write the date as YYYY-MM-DD, put the note in a YYYY or YYYY-MM folder, or set "meetingDate: YYYY-MM-DD" in the header.',
  );
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
