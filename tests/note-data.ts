import type { NoteData } from '../src/notes/tree.ts';

/** A published note's data as the pages see it, with nothing in it but what `over` sets. */
export const noteData = (id: string, over: Partial<NoteData> = {}): NoteData => ({
  id,
  file: `${id}.md`,
  path: `${id}/`,
  kind: 'page',
  title: `Title of ${id}`,
  description: '',
  tags: [],
  attendees: [],
  actions: [],
  decisions: [],
  headings: [],
  links: [],
  ...over,
});
