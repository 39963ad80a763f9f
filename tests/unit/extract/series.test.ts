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

  it('drops days written out or compact, with their weekday and time, and lone years', () => {
    expect(seriesName('22 Jun 2021 Promotion & Outreach Committee meeting')).toBe(
      'Promotion & Outreach Committee meeting',
    );
    expect(seriesName('IRSG Teleconference October 24, 2023')).toBe('IRSG Teleconference');
    expect(seriesName('2022.05.23 Finance')).toBe('Finance');
    expect(seriesName('20181011-allhands')).toBe('allhands');
    expect(seriesName('SeaGL 2025 Organizing Cross-Committee')).toBe('SeaGL Organizing Cross-Committee');
    expect(seriesName('October 1st, 6pm (PT)', { year: 2018 })).toBeUndefined();
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

  it('ignores a last word such as "meeting", a leading "Notes of" and remarks in parentheses', () => {
    expect(seriesKey('Outreach Committee meeting')).toBe(seriesKey('Outreach committee'));
    expect(seriesKey('Steering group call')).toBe(seriesKey('Steering Group Teleconference'));
    expect(seriesKey('Notes of the steering group')).toBe(seriesKey('Steering group minutes'));
    expect(seriesKey('weekly all-hands (T-8)')).toBe(seriesKey('Weekly All-Hands'));
    // A name that is nothing but such a word stays itself.
    expect(seriesKey('Meeting')).toBe('meeting');
  });

  it('keeps different series apart', () => {
    expect(seriesKey('Team meeting')).not.toBe(seriesKey('Core team meeting'));
    expect(seriesKey('weekly all-hands')).not.toBe(seriesKey('bi-weekly all-hands'));
    expect(seriesKey('Backend')).not.toBe(seriesKey('Frontend'));
    expect(seriesKey('Cycle 2 planning')).not.toBe(seriesKey('Cycle 3 planning'));
  });
});
