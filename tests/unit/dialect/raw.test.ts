import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import rehypeRaw from 'rehype-raw';
import { describe, expect, it } from 'vitest';
import rehypeRawWhereNeeded from '../../../src/notes/dialect/raw.ts';
import { html } from '../render.ts';

describe('raw HTML only where a note has some', () => {
  it('parses raw HTML into elements', () => {
    expect(html('Press <kbd>Ctrl</kbd> then go.')).toBe('<p>Press <kbd>Ctrl</kbd> then go.</p>');
  });

  it('leaves a tree without raw HTML as it is, which is what the HTML parser would give', () => {
    const tree = (): Root => ({
      type: 'root',
      children: [
        h('table', [h('tbody', [h('tr', [h('td', 'a'), h('td', ['b ', h('em', 'c')])])])]),
        h('p', ['x', h('br'), 'y']),
      ],
    });
    const kept = rehypeRawWhereNeeded()(tree(), undefined as never);
    expect(kept).toEqual(tree());
    expect(toHtml(kept)).toBe(toHtml(rehypeRaw()(tree(), undefined as never)));
  });
});
