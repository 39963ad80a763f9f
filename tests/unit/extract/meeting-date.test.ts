import { describe, expect, it } from 'vitest';
import { placeContext, resolveMeetingDate } from '../../../src/notes/extract/meeting-date.ts';
import { daysIn, fileNameDays, folderContext } from '../../../src/notes/extract/written-days.ts';

const at = (date: string, line: number) => ({ date, line, index: 0, length: 10 });

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
    const heading = at('2024-04-09', 5);
    const body = at('2024-04-10', 7);
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

describe('resolveMeetingDate with days written other ways', () => {
  it('reads written-out titles, taking a missing year from the folder', () => {
    expect(resolveMeetingDate({ id: 'irsg/minutes', title: 'IRSG Teleconference October 24, 2023' }).date).toBe(
      '2023-10-24',
    );
    expect(resolveMeetingDate({ id: 'notes/2018/call', title: 'October 1st, 6pm (PT)' }).date).toBe('2018-10-01');
    expect(resolveMeetingDate({ id: 'notes/call', title: 'October 1st, 6pm (PT)' })).toEqual({});
  });

  it('gives a range its first day and keeps the last', () => {
    expect(resolveMeetingDate({ id: 'm/2023/20230317-20-all-staff', title: 'All hands' })).toMatchObject({
      date: '2023-03-17',
      end: '2023-03-20',
      source: 'file name',
    });
  });

  it('settles digits that read two ways by the folder, else reports the readings', () => {
    expect(resolveMeetingDate({ id: 'm/2022/sync', title: 'Sync 24-01-22' }).date).toBe('2022-01-24');
    expect(resolveMeetingDate({ id: 'm/2024-01/sync', title: 'Sync 24-01-22' }).date).toBe('2024-01-22');
    expect(resolveMeetingDate({ id: 'm/sync', title: 'Sync 24-01-22' })).toEqual({
      ambiguous: { source: 'title', readings: ['2024-01-22', '2022-01-24'] },
    });
    // A file name's own day settles the digits of its title.
    expect(resolveMeetingDate({ id: 'm/20230919-sync', title: 'Sync 19/9' }).conflict).toBeUndefined();
  });
});

describe('daysIn', () => {
  it('reads the forms teams write, and only real days', () => {
    const dates = (text: string) => daysIn(text, { year: 2023 }).map((d) => d.date);
    expect(dates('August 31, 2021 Teleconference')).toEqual(['2021-08-31']);
    expect(dates('**16th October 2023**')).toEqual(['2023-10-16']);
    expect(dates('Tue 3 Oct')).toEqual(['2023-10-03']);
    expect(dates('2023.03.17')).toEqual(['2023-03-17']);
    expect(dates('Backend meeting 2023-03-13')).toEqual(['2023-03-13']);
    expect(dates('2023-02-30 weekly')).toEqual([]);
    expect(dates('Release 1.2.3, today, on Friday')).toEqual([]);
  });

  it('needs a year from the text or the context', () => {
    expect(daysIn('Tue 3 Oct')).toEqual([]);
  });

  it('gives every reading of ambiguous digits that the context does not settle', () => {
    expect(daysIn('3/10/2023')[0]).toMatchObject({ readings: ['2023-10-03', '2023-03-10'] });
    expect(daysIn('3/10/2023', { year: 2023, month: 10 })[0]).toMatchObject({ date: '2023-10-03' });
    expect(daysIn('19/9', { year: 2023 })[0]).toMatchObject({ date: '2023-09-19' });
  });
});

describe('fileNameDays', () => {
  it('reads ISO, underscored, dotted and compact days, and compact ranges', () => {
    const first = (name: string) => fileNameDays(name)[0];
    expect(first('2019-06-03-allhands')?.date).toBe('2019-06-03');
    expect(first('2023_03_17_minutes')?.date).toBe('2023-03-17');
    expect(first('2023.03.17-minutes')?.date).toBe('2023-03-17');
    expect(first('20190603-allhands')?.date).toBe('2019-06-03');
    expect(first('20230317-20-all-staff')).toMatchObject({ date: '2023-03-17', end: '2023-03-20' });
  });

  it('reads eight digits only as a real day of these two centuries', () => {
    expect(fileNameDays('20191303-x')).toEqual([]);
    expect(fileNameDays('ticket-12345678')).toEqual([]);
    expect(fileNameDays('201906031-x')).toEqual([]);
  });
});

describe('the context of a note', () => {
  it('comes from its innermost year or month folder, else its file name', () => {
    expect(folderContext('meetings/2019/x')).toEqual({ year: 2019 });
    expect(folderContext('2023/05-notes/x')).toEqual({ year: 2023 });
    expect(folderContext('notes/2023-01/x')).toEqual({ year: 2023, month: 1 });
    expect(folderContext('notes/x')).toEqual({});
    expect(placeContext('notes/20230919-sync')).toEqual({ year: 2023, month: 9 });
  });
});
