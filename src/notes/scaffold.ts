import { newHeader } from './header.ts';
import { slugify } from './people.ts';

export interface NewNote {
  title: string;
  /** Meeting day, `YYYY-MM-DD`. */
  date: string;
  attendees?: string[];
  series?: string;
  /** When the note is written: both Wiki.js timestamps. */
  now: Date;
}

/** Where Wiki.js wikis keep a meeting: `<folder>/<YYYY-MM>/<YYYY-MM-DD>-<slug>.md`. */
export const newNotePath = (folder: string, { title, date }: Pick<NewNote, 'title' | 'date'>) =>
  `${folder ? `${folder.replace(/\/+$/, '')}/` : ''}${date.slice(0, 7)}/${date}-${slugify(title)}.md`;

/**
 * A new meeting note: the complete Wiki.js header (as Wiki.js writes it, both timestamps set) and
 * the sections every meeting needs, with hints as comments that the site does not show.
 */
export function newNote({ title, date, attendees = [], series, now }: NewNote): string {
  const stamp = now.toISOString();
  const header = newHeader(title, stamp, { meetingDate: date, series });
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
