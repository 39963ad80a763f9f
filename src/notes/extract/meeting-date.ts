import { type DayContext, daysIn, fileNameDays, folderContext, type WrittenDay } from './written-days.ts';

const fileNameOf = (id: string) => id.split('/').at(-1)!;

/**
 * What a note's place says about its meeting's year and month, for days written without a year
 * (`Tue 3 Oct`) or in digits that could be read two ways (`03/04`): a `2023` or `2023-01` folder,
 * else the day in the file name.
 */
export function placeContext(id: string): DayContext {
  const folder = folderContext(id);
  if (folder.year) return folder;
  const day = fileNameDays(fileNameOf(id)).find((d) => d.date)?.date;
  return day ? { year: +day.slice(0, 4), month: +day.slice(5, 7) } : {};
}

/** The first day `text` gives, or its possible readings when only ambiguous digits are there. */
export function firstDay(days: WrittenDay[]): WrittenDay | undefined {
  return days.find((d) => d.date) ?? days[0];
}

/** Where a meeting date was read, strongest first. */
export type DateSource = 'front matter' | 'title' | 'file name' | 'heading' | 'body' | 'other notes';

export interface DateCandidate {
  source: DateSource;
  date: string;
  /** The last day, when the source gives a range. */
  end?: string;
  line?: number;
}

/** Days that digits allow where no source gives a date: they are reported, never guessed. */
export interface AmbiguousDate {
  source: DateSource;
  readings: string[];
  line?: number;
}

export interface DateHints {
  meetingDate?: string;
  title: string;
  /** Note id: its last segment is the file name, a `YYYY` or `YYYY-MM` folder gives the year or month. */
  id: string;
  /** The only dated H1, or the first heading. */
  heading?: WrittenDay & { line: number };
  /** A date line among the note's opening lines (`**Date**: 3 Oct 2023`, `**16th October 2023**`). */
  body?: WrittenDay & { line: number };
}

export interface MeetingDate {
  date?: string;
  /** The last day of a meeting over several days. */
  end?: string;
  source?: DateSource;
  /** The line the date was read from, for a heading or a date line. */
  line?: number;
  /** Set when sources disagree and no `meetingDate` settles it: every candidate, for the warning. */
  conflict?: DateCandidate[];
  /** Set when there is no date, but digits that could be several. */
  ambiguous?: AmbiguousDate;
}

/**
 * In order: front matter `meetingDate`, the title, the file name; a dated heading or a date line
 * only when those have none. Disagreeing sources are reported, not silently picked; when the note
 * sits in a `YYYY-MM` folder, the source agreeing with the folder wins (it catches the typo in
 * `2023-01/2023-01-05-planning` titled 2022-01-05).
 */
export function resolveMeetingDate(hints: DateHints): MeetingDate {
  if (hints.meetingDate) return { date: hints.meetingDate, source: 'front matter' };
  const context = placeContext(hints.id);
  const read: [DateSource, WrittenDay | undefined, number | undefined][] = [
    ['title', firstDay(daysIn(hints.title, context)), undefined],
    ['file name', firstDay(fileNameDays(fileNameOf(hints.id), context)), undefined],
    ['heading', hints.heading, hints.heading?.line],
    ['body', hints.body, hints.body?.line],
  ];
  const candidates: DateCandidate[] = read.flatMap(([source, day, line]) =>
    day?.date ? [{ source, date: day.date, ...(day.end ? { end: day.end } : {}), ...(line ? { line } : {}) }] : [],
  );
  if (candidates.length === 0) {
    const unsure = read.find(([, day]) => day?.readings);
    return unsure
      ? { ambiguous: { source: unsure[0], readings: unsure[1]!.readings!, ...(unsure[2] ? { line: unsure[2] } : {}) } }
      : {};
  }
  const folder = folderContext(hints.id);
  const month = folder.month && `${folder.year}-${String(folder.month).padStart(2, '0')}`;
  const first = candidates[0]!;
  const chosen =
    month && !first.date.startsWith(month) ? (candidates.find((c) => c.date.startsWith(month)) ?? first) : first;
  const disagree = new Set(candidates.map((c) => c.date)).size > 1;
  return {
    date: chosen.date,
    ...(chosen.end ? { end: chosen.end } : {}),
    source: chosen.source,
    ...(chosen.line ? { line: chosen.line } : {}),
    ...(disagree ? { conflict: candidates } : {}),
  };
}

const DAY_MS = 86_400_000;
const distance = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;

/**
 * The reading of ambiguous digits that the dated notes beside it make plain: the one nearest to
 * any of their dates, when every other reading is more than three times as far (`04/03/24` among
 * notes of March 2024 is the 4th of March, not the 3rd of April… unless April's notes are there too).
 */
export function settleByNeighbours(readings: readonly string[], neighbours: readonly string[]): string | undefined {
  if (neighbours.length === 0) return undefined;
  const ranked = readings
    .map((day) => ({ day, gap: Math.min(...neighbours.map((n) => distance(day, n))) }))
    .sort((a, b) => a.gap - b.gap);
  const [best, next] = ranked;
  return best && next && next.gap > 3 * Math.max(best.gap, 1) ? best.day : undefined;
}
