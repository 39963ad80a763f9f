import { describe, expect, it } from 'vitest';
import { html, render } from '../render.ts';

const levels = (markdown: string) =>
  [...html(markdown).matchAll(/<h(\d) id="([^"]+)"/g)].map((m) => `h${m[1]}#${m[2]}`);

describe('the outline of a note below its page title', () => {
  it('shifts the note’s headings under the title and closes the gaps a note leaves, keeping their ids', () => {
    expect(levels('# 2024-01-08 Sync\n### Agenda\n## Notes\n#### Detail\n# 2024-01-15 Sync\n###### Deep')).toEqual([
      'h2#h-2024-01-08-sync',
      'h3#agenda',
      'h3#notes',
      'h4#detail',
      'h2#h-2024-01-15-sync',
      'h3#deep',
    ]);
    expect(levels('## A\n### B\n#### C\n##### D\n###### E')).toEqual(['h2#a', 'h3#b', 'h4#c', 'h5#d', 'h6#e']);
  });

  it('leaves the table of contents at the note’s own levels', () => {
    expect(render('# A\n### B').headings.map((h) => `${h.depth}:${h.slug}`)).toEqual(['1:a', '3:b']);
  });
});

describe('ids on a note page', () => {
  it('never give a note heading an id of the page’s own markup, while a heading "Content" keeps `content`', () => {
    expect(levels('# Content\n## Minutes content\n## Minutes toc title')).toEqual([
      'h2#content',
      'h3#minutes-content-1',
      'h3#minutes-toc-title-1',
    ]);
  });
});
