import { describe, expect, it } from 'vitest';
import { isoDayIn, looksLikeMeeting, meetingDateOf } from '../../src/notes/extract/meeting-date.ts';

describe('meetingDateOf (EXTRACTION.md)', () => {
  it('prefers front matter, then the title, then the file name', () => {
    expect(meetingDateOf({ id: 'm/2024-05-01-x', title: '2024-05-02 Review', meetingDate: '2024-05-03' })).toBe('2024-05-03');
    expect(meetingDateOf({ id: 'm/2024-05-01-x', title: '2024-05-02 Review' })).toBe('2024-05-02');
    expect(meetingDateOf({ id: 'm/design-review-2024-05-01', title: 'Design review' })).toBe('2024-05-01');
    expect(meetingDateOf({ id: 'm/design-review', title: 'Design review' })).toBeUndefined();
  });

  it('takes only a leading date from the title, and only real days', () => {
    expect(isoDayIn('Backend meeting 2023-03-13', true)).toBeUndefined();
    expect(isoDayIn('2023-02-30 weekly', true)).toBeUndefined();
    expect(isoDayIn('v12024-01-010')).toBeUndefined();
  });
});

describe('looksLikeMeeting', () => {
  it('is true for notes with attendees, a series or an attendee line', () => {
    expect(looksLikeMeeting({ attendees: ['Ana'] }, '')).toBe(true);
    expect(looksLikeMeeting({ series: 'Weekly' }, '')).toBe(true);
    expect(looksLikeMeeting({}, '**Attendees**: Ana, Bo')).toBe(true);
    expect(looksLikeMeeting({}, '- **Participants:** Ana')).toBe(true);
  });

  it('is false for index pages and for pages of meetings dated by their headings', () => {
    expect(looksLikeMeeting({}, '- [2024-03-07 Weekly](./2024-03/x.md)\n{.links-list}')).toBe(false);
    expect(looksLikeMeeting({}, '# 2024-01-29 Weekly sync\n**Attendees**: Ana')).toBe(false);
    expect(looksLikeMeeting({}, 'How to write one:\n\n```markdown\n**Attendees**: Ana\n```\n')).toBe(false);
  });
});
