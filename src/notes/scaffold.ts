import { writeHeader } from './header.ts';
import { slugify } from './people.ts';
import { isCalendarDay } from './schema.ts';

export interface NewNote {
  title: string;
  /** Meeting day, `YYYY-MM-DD`. */
  date: string;
  attendees?: string[];
  series?: string;
  /** When the note is written: both Wiki.js timestamps. */
  now: Date;
}

/** `YYYY-MM-DD` that is a real day. */
export const isDay = (value: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return Boolean(m && isCalendarDay(+m[1]!, +m[2]!, +m[3]!));
};

/** Where Wiki.js wikis keep a meeting: `<folder>/<YYYY-MM>/<YYYY-MM-DD>-<slug>.md`. */
export const newNotePath = (folder: string, { title, date }: Pick<NewNote, 'title' | 'date'>) =>
  `${folder ? `${folder.replace(/\/+$/, '')}/` : ''}${date.slice(0, 7)}/${date}-${slugify(title)}.md`;

/**
 * A new meeting note: the complete Wiki.js header (as Wiki.js writes it, both timestamps set) and
 * the sections every meeting needs, with hints as comments that the site does not show.
 */
export function newNote({ title, date, attendees = [], series, now }: NewNote): string {
  const stamp = now.toISOString();
  const header = writeHeader({ title, description: '', published: 'true', date: stamp, tags: '', editor: 'markdown', dateCreated: stamp, meetingDate: date, series });
  return `${header}
**Attendees**: ${attendees.join(', ')}

## Agenda
<!-- One topic per bullet. -->

## Notes

## Decisions
<!-- One per bullet: "- We will ship the beta on Friday." -->

## Action items
<!-- One per bullet, starting with its owner: "- Ana will book the room." or "- [ ] Bo: draft the post." -->
`;
}
