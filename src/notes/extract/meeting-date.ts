import { DAY_PATTERN, isCalendarDay } from '../dates.ts';

const LEADING_DAY = new RegExp(`^\\s*${DAY_PATTERN}(?!\\d)`);
const ANY_DAY = new RegExp(`(?<!\\d)${DAY_PATTERN}(?!\\d)`);

/** Year, month and day as matched, as `YYYY-MM-DD` when they make a real day. */
const dayOf = (m: RegExpExecArray | null) =>
  m && isCalendarDay(+m[1]!, +m[2]!, +m[3]!) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;

/** The first real calendar day written as YYYY-MM-DD in `text` (optionally only at its start). */
export const isoDayIn = (text: string, atStart = false) => dayOf((atStart ? LEADING_DAY : ANY_DAY).exec(text));

// File names also write days without hyphens (`20190603-allhands.md`); eight digits alone could be
// anything, so only this century's and the last's real calendar days count.
const COMPACT_DAY = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/;

/** The day a file name gives: `2019-06-03-allhands` or `20190603-allhands`. */
export function fileNameDay(name: string): string | undefined {
  return isoDayIn(name) ?? dayOf(COMPACT_DAY.exec(name));
}

/** Where a meeting date was read, strongest first. */
export type DateSource = 'front matter' | 'title' | 'file name' | 'heading' | 'body';

export interface DateCandidate {
  source: DateSource;
  date: string;
  line?: number;
}

export interface DateHints {
  meetingDate?: string;
  title: string;
  /** Note id: its last segment is the file name, a `YYYY-MM` folder gives the month. */
  id: string;
  /** The date of the note's only dated H1. */
  heading?: DateCandidate;
  /** A `**Date**: YYYY-MM-DD` line. */
  body?: DateCandidate;
}

export interface MeetingDate {
  date?: string;
  source?: DateSource;
  /** Set when sources disagree and no `meetingDate` settles it: every candidate, for the warning. */
  conflict?: DateCandidate[];
}

/**
 * In order: front matter `meetingDate`, the title, the file name; a dated H1 or a
 * `Date:` line only when those have none. Disagreeing sources are reported, not silently picked;
 * when the note sits in a `YYYY-MM` folder, the source agreeing with the folder wins (it catches
 * the typo in `2023-01/2023-01-05-planning` titled 2022-01-05).
 */
export function resolveMeetingDate(hints: DateHints): MeetingDate {
  if (hints.meetingDate) return { date: hints.meetingDate, source: 'front matter' };
  const fileName = hints.id.split('/').at(-1)!;
  const candidates: DateCandidate[] = [];
  const title = isoDayIn(hints.title, true) ?? isoDayIn(hints.title);
  const file = fileNameDay(fileName);
  if (title) candidates.push({ source: 'title', date: title });
  if (file) candidates.push({ source: 'file name', date: file });
  if (hints.heading) candidates.push(hints.heading);
  if (hints.body) candidates.push(hints.body);
  if (candidates.length === 0) return {};

  const month = hints.id.split('/').findLast((s) => /^\d{4}-\d{2}$/.test(s));
  const first = candidates[0]!;
  const chosen =
    month && !first.date.startsWith(month) ? (candidates.find((c) => c.date.startsWith(month)) ?? first) : first;
  const disagree = new Set(candidates.map((c) => c.date)).size > 1;
  return { date: chosen.date, source: chosen.source, ...(disagree ? { conflict: candidates } : {}) };
}
