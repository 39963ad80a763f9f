import { describe, expect, it } from 'vitest';
import { seriesKey, seriesName } from '../../../src/notes/extract/series.ts';

describe('seriesName', () => {
  it('is the title without its date, wherever the date is', () => {
    expect(seriesName('2024-05-02 Launch check-in')).toBe('Launch check-in');
    expect(seriesName('Backend meeting 2024-03-13')).toBe('Backend meeting');
    expect(seriesName('2024-05-02 - Design review')).toBe('Design review');
    expect(seriesName('2024-05-02-partial-dates')).toBe('partial-dates');
    expect(seriesName('Office hours (2024-03-21 to 2024-03-25)')).toBe('Office hours');
  });

  it('is nothing for a bare date', () => {
    expect(seriesName('2024-05-02')).toBeUndefined();
    expect(seriesName(' 2024-05-02 ')).toBeUndefined();
  });
});

describe('seriesKey', () => {
  it('makes spellings of one series equal', () => {
    expect(seriesKey('launch check-in')).toBe(seriesKey('Launch check in'));
    expect(seriesKey('Front end')).toBe(seriesKey('Frontend'));
    expect(seriesKey('Front-End')).toBe(seriesKey('frontend'));
    expect(seriesKey('Revisión')).toBe(seriesKey('revision'));
  });

  it('keeps different series apart', () => {
    expect(seriesKey('Backend')).not.toBe(seriesKey('Frontend'));
    expect(seriesKey('Cycle 2 planning')).not.toBe(seriesKey('Cycle 3 planning'));
  });
});
