import { describe, expect, it } from 'vitest';
import { fileNameDay, isoDayIn, resolveMeetingDate } from '../../../src/notes/extract/meeting-date.ts';

describe('resolveMeetingDate', () => {
  it('prefers front matter, then the title, then the file name', () => {
    expect(resolveMeetingDate({ id: 'm/2024-05-01-x', title: '2024-05-02 Review', meetingDate: '2024-05-03' })).toEqual(
      { date: '2024-05-03', source: 'front matter' },
    );
    expect(resolveMeetingDate({ id: 'm/2024-05-02-x', title: '2024-05-02 Review' })).toEqual({
      date: '2024-05-02',
      source: 'title',
    });
    expect(resolveMeetingDate({ id: 'm/design-review-2024-05-01', title: 'Design review' })).toEqual({
      date: '2024-05-01',
      source: 'file name',
    });
    expect(resolveMeetingDate({ id: 'm/design-review', title: 'Design review' })).toEqual({});
  });

  it('takes a date at the end of the title too', () => {
    expect(resolveMeetingDate({ id: 'm/backend', title: 'Backend meeting 2023-03-13' }).date).toBe('2023-03-13');
  });

  it('uses a dated heading or a Date: line only when title and file name have none', () => {
    const heading = { source: 'heading' as const, date: '2024-04-09', line: 5 };
    const body = { source: 'body' as const, date: '2024-04-10', line: 7 };
    expect(resolveMeetingDate({ id: 'm/regressions', title: 'Regressions', heading }).date).toBe('2024-04-09');
    expect(resolveMeetingDate({ id: 'm/regressions', title: 'Regressions', body }).date).toBe('2024-04-10');
    expect(resolveMeetingDate({ id: 'm/2024-04-11-x', title: 'X', body })).toMatchObject({
      date: '2024-04-11',
      conflict: expect.any(Array),
    });
  });

  it('reports disagreeing sources, and lets the YYYY-MM folder pick between them', () => {
    const typo = resolveMeetingDate({ id: 'notes/2024-01/2024-01-05-planning', title: '2023-01-05 Planning' });
    expect(typo.date).toBe('2024-01-05');
    expect(typo.conflict?.map((c) => c.source)).toEqual(['title', 'file name']);
    // Both in the folder's month: the title wins, with a warning.
    expect(resolveMeetingDate({ id: 'notes/2024-03/sync-2024-03-15', title: 'Sync 2024-03-17' })).toMatchObject({
      date: '2024-03-17',
      source: 'title',
    });
  });

  it('settles nothing without a conflict, and front matter silences it', () => {
    expect(resolveMeetingDate({ id: 'm/2024-05-02-x', title: '2024-05-02 X' }).conflict).toBeUndefined();
    expect(
      resolveMeetingDate({ id: 'm/2024-05-01-x', title: '2024-05-02 X', meetingDate: '2024-05-02' }).conflict,
    ).toBeUndefined();
  });
});

describe('isoDayIn', () => {
  it('finds only real days, optionally only at the start', () => {
    expect(isoDayIn('Backend meeting 2023-03-13', true)).toBeUndefined();
    expect(isoDayIn('Backend meeting 2023-03-13')).toBe('2023-03-13');
    expect(isoDayIn('2023-02-30 weekly', true)).toBeUndefined();
    expect(isoDayIn('v12024-01-010')).toBeUndefined();
  });

  it('reads a file name written without hyphens, only as a real day of these two centuries', () => {
    expect(fileNameDay('20190603-allhands')).toBe('2019-06-03');
    expect(fileNameDay('2019-06-03-allhands')).toBe('2019-06-03');
    expect(fileNameDay('20191303-x')).toBeUndefined();
    expect(fileNameDay('ticket-12345678')).toBeUndefined();
    expect(fileNameDay('201906031-x')).toBeUndefined();
  });
});
