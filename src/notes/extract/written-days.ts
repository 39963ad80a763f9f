import * as chrono from 'chrono-node';
import { isCalendarDay } from '../dates.ts';

/** What a note's place says about when it was written: its folder (`2023`, `2023-01`) or file name. */
export interface DayContext {
  year?: number;
  month?: number;
}

/** A day read from a text. */
export interface WrittenDay {
  /** `YYYY-MM-DD`; absent when the digits allow several days and nothing settles which. */
  date?: string;
  /** The last day of a range (`March 17-20, 2023`, `20230317-20`). */
  end?: string;
  /** Every day the digits could mean, when there were several (`03/04/2022`). */
  readings?: string[];
  /** Where the day is written in the text, and its length. */
  index: number;
  length: number;
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const real = (year: number, month: number, day: number) =>
  isCalendarDay(year, month, day) ? iso(year, month, day) : undefined;

/** chrono's strict English parser: no "today" or "Friday", which are no meeting dates. */
const parser = chrono.strict;

/** Any reference instant: years come from the context or the text, never from today. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

/** Days that digits alone (`03/04/22`, `19/9`) could mean, as year-month-day, day-month-year or month-day-year. */
function numericReadings(text: string, context: DayContext): string[] {
  const parts = text.split(/\D+/).filter(Boolean);
  const n = parts.map(Number);
  const year = (i: number) => (parts[i]!.length === 4 ? n[i]! : parts[i]!.length === 2 ? 2000 + n[i]! : Number.NaN);
  const orders: [number, number, number][] =
    n.length === 3
      ? parts[0]!.length === 4
        ? [[year(0), n[1]!, n[2]!]]
        : [
            [year(0), n[1]!, n[2]!],
            [year(2), n[1]!, n[0]!],
            [year(2), n[0]!, n[1]!],
          ]
      : n.length === 2 && context.year
        ? [
            [context.year, n[1]!, n[0]!],
            [context.year, n[0]!, n[1]!],
          ]
        : [];
  return [...new Set(orders.flatMap(([y, m, d]) => real(y, m, d) ?? []))];
}

/** The reading the context allows, when exactly one does. */
function settle(readings: string[], context: DayContext) {
  if (readings.length === 1) return readings[0];
  const fits = readings.filter(
    (r) => (!context.year || +r.slice(0, 4) === context.year) && (!context.month || +r.slice(5, 7) === context.month),
  );
  return context.year && fits.length === 1 ? fits[0] : undefined;
}

/**
 * The days written in `text`: ISO, dotted and slashed digits, written out (`August 31, 2021`,
 * `16th October 2023`, `Tue 3 Oct`), compact. A day without a year takes the context's year and
 * is left out without one; digits that could be several days are settled by the context or
 * returned with their readings.
 */
export function daysIn(text: string, context: DayContext = {}): WrittenDay[] {
  const days: WrittenDay[] = [];
  for (const result of parser.parse(text, REFERENCE)) {
    const { start } = result;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    const at = { index: result.index, length: result.text.length };
    // Digits alone are year first only when the year has four digits (`2023-03-17`, `20230317`).
    if (!/\p{L}/u.test(result.text) && !/^(?:19|20)\d\d/.test(result.text)) {
      const readings = numericReadings(result.text, context);
      const date = settle(readings, context);
      if (date) days.push({ date, ...at });
      else if (readings.length > 1) days.push({ readings, ...at });
      continue;
    }
    const year = start.isCertain('year') ? start.get('year')! : context.year;
    const date = year && real(year, start.get('month')!, start.get('day')!);
    if (!date) continue;
    const end = result.end && real(result.end.get('year') ?? year, result.end.get('month')!, result.end.get('day')!);
    days.push({ date, ...(end && end > date ? { end } : {}), ...at });
  }
  return days;
}

// File names also write days as eight digits (`20190603-allhands`), maybe followed by the last day
// of a range (`20230317-20-all-staff`), which chrono leaves alone as a mere number; eight digits
// could be anything, so only real days of this century and the last count.
const COMPACT_DAY = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:-(\d{2}))?(?!\d)/g;

/** The days a file name gives; words there are joined by `_` as often as by `-`. */
export function fileNameDays(name: string, context: DayContext = {}): WrittenDay[] {
  const days = daysIn(name.replaceAll('_', '-'), context);
  for (const m of name.matchAll(COMPACT_DAY)) {
    const [year, month, day] = [+m[1]!, +m[2]!, +m[3]!];
    const date = real(year, month, day);
    const end = m[4] && +m[4] > day ? real(year, month, +m[4]) : undefined;
    if (date) days.push({ date, ...(end ? { end } : {}), index: m.index, length: m[0].length });
  }
  return days.sort((a, b) => a.index - b.index);
}

/** Year and month of a note's folders (`2023/…`, `2023-01/…`, the innermost first), from its id. */
export function folderContext(id: string): DayContext {
  for (const segment of id.split('/').slice(0, -1).reverse()) {
    const [year, month] = segment.split('-').map(Number);
    if (segment.length === 4 && year! >= 1900 && year! < 2100) return { year };
    if (segment.length === 7 && year! >= 1900 && year! < 2100 && month! >= 1 && month! <= 12) return { year, month };
  }
  return {};
}
