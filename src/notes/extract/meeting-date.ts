import { isCalendarDay } from '../schema.ts';

const DAY = /(\d{4})-(\d{2})-(\d{2})/;

/** The first real calendar day written as YYYY-MM-DD in `text` (optionally only at its start). */
export function isoDayIn(text: string, atStart = false): string | undefined {
  const m = (atStart ? new RegExp(`^\\s*${DAY.source}(?!\\d)`) : new RegExp(`(?<!\\d)${DAY.source}(?!\\d)`)).exec(text);
  return m && isCalendarDay(+m[1]!, +m[2]!, +m[3]!) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

export interface MeetingDateInput {
  id: string;
  title: string;
  meetingDate?: string;
}

/**
 * EXTRACTION.md: front matter `meetingDate`, else a leading ISO date in the title, else an ISO date
 * in the file name. Never the Wiki.js `date`, which is the last edit.
 */
export function meetingDateOf(note: MeetingDateInput): string | undefined {
  return note.meetingDate ?? isoDayIn(note.title, true) ?? isoDayIn(note.id.split('/').at(-1)!);
}

const ATTENDEE_LINE = /^[ \t]*(?:[-*+][ \t]+)?\**(?:attendees|participants|present|attending)\**[ \t]*:/im;
const DATED_HEADING = /^#{1,6}[ \t]+.*\d{4}-\d{2}-\d{2}/m;
const FENCED_CODE = /^[ \t]*(`{3,}|~{3,})[\s\S]*?^[ \t]*\1/gm;

/**
 * Whether a note is meant as one meeting's notes, so a missing date is worth a warning: it names
 * attendees or a series, and it is not a page of several meetings each dated by its own heading.
 */
export function looksLikeMeeting(meta: { attendees?: string[]; series?: string }, markdown: string) {
  // Examples in code blocks (a how-to page showing an attendee line) are not the note's own.
  const body = markdown.replace(FENCED_CODE, '');
  return Boolean(meta.attendees?.length || meta.series || ATTENDEE_LINE.test(body)) && !DATED_HEADING.test(body);
}
