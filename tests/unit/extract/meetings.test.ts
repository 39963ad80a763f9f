import { describe, expect, it } from 'vitest';
import { extractMeetings } from '../../../src/notes/extract/meetings.ts';
import { parseMarkdown } from '../../../src/notes/markdown.ts';
import { createPeople } from '../../../src/notes/people.ts';
import type { NoteMeta } from '../../../src/notes/schema.ts';

const people = createPeople({ Ana: ['Anabela'] });
const meta = (extra: Partial<NoteMeta> = {}): NoteMeta => ({
  title: 'Notes',
  description: '',
  published: true,
  tags: [],
  ...extra,
});
const extract = (id: string, markdown: string, extra?: Partial<NoteMeta>) =>
  extractMeetings({ id, file: `${id}.md`, meta: meta(extra) }, parseMarkdown(markdown), people);

describe('extractMeetings', () => {
  it('dates a page by its only dated H1, with that heading as the series', () => {
    const m = extract('notes/april', '# Async\n- link\n\n# 2024-04-13 Design review\n**Attendees**: Bo', {
      title: 'April notes',
    });
    expect(m).toMatchObject({
      meetingDate: '2024-04-13',
      series: 'Design review',
      attendees: [{ name: 'Bo' }],
      sections: [],
    });
  });

  it('takes a Date: line when title and file name have none', () => {
    expect(
      extract('notes/regressions', '**Date**: 2024-03-13\nAttendees: Ana', { title: 'Regressions' }),
    ).toMatchObject({ meetingDate: '2024-03-13', series: 'Regressions' });
  });

  it('lets front matter attendees and series win', () => {
    const m = extract('notes/2024-05-02-sync', '**Attendees**: Bo', {
      title: '2024-05-02 Sync',
      attendees: ['Anabela', 'Cy'],
      series: 'Weekly',
    });
    expect(m).toMatchObject({
      meetingDate: '2024-05-02',
      series: 'Weekly',
      attendees: [{ name: 'Ana' }, { name: 'Cy' }],
    });
  });

  it('warns about a meeting without a date, and not about a page that is no meeting', () => {
    expect(extract('notes/sync', '**Attendees**: Ana', { title: 'Sync' }).diagnostics.map((d) => d.code)).toEqual([
      'meeting/no-date',
    ]);
    expect(
      extract('notes/howto', 'How to write one:\n\n```\n**Attendees**: Ana\n```', { title: 'How to' }).diagnostics,
    ).toEqual([]);
    expect(
      extract('notes/index', '- [2024-03-07 Weekly](./x.md)\n{.links-list}', { title: 'March' }).diagnostics,
    ).toEqual([]);
  });

  it('splits a page of several dated H1s into meetings, ending each at the next H1', () => {
    const m = extract(
      'notes/2024-01',
      '# 2024-01-22 Sync\nAttendees: Ana\n# Links\nAttendees: Zed\n# 2024-01-15\nAttendees: Bo (partial)',
      { title: 'January' },
    );
    expect(m.meetingDate).toBeUndefined();
    expect(m.sections).toEqual([
      { title: '2024-01-22 Sync', date: '2024-01-22', series: 'Sync', attendees: [{ name: 'Ana' }], line: 1 },
      { title: '2024-01-15', date: '2024-01-15', attendees: [{ name: 'Bo', partial: true }], line: 5 },
    ]);
    expect(m.attendees).toEqual([{ name: 'Ana' }, { name: 'Bo', partial: true }]);
  });

  it('keeps a note with its own date as one meeting even with dated headings', () => {
    const m = extract('notes/2024-02-01-review', '# 2024-01-30 Prep\n# 2024-01-31 Prep', {
      title: '2024-02-01 Review',
    });
    expect(m).toMatchObject({ meetingDate: '2024-02-01', sections: [] });
  });

  it('names the series by the file name’s words, or by the folder of files named by date alone', () => {
    const series = (id: string, title: string) => {
      const m = extract(id, 'Attendees: Ana', { title });
      return [m.series, m.origin.series];
    };
    expect(series('meetings/2018/20181011-allhands', 'October 11th, 5pm')).toEqual(['allhands', 'file name']);
    expect(series('irsgminutes/2021-08-31', '2021-08-31')).toEqual(['irsgminutes', 'folder']);
    expect(series('irsg/2023/2023-10-24', 'October 24, 2023')).toEqual(['irsg', 'folder']);
    expect(series('2021-08-31', '2021-08-31')).toEqual([undefined, undefined]);
    expect(series('irsg/2023/2023-10-24', 'IRSG Teleconference October 24, 2023')).toEqual([
      'IRSG Teleconference',
      'title',
    ]);
  });
});
