import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import rehypeRaw from 'rehype-raw';
import { describe, expect, it } from 'vitest';
import rehypeRawWhereNeeded from '../../../src/notes/dialect/raw.ts';
import { html, render } from '../render.ts';

describe('raw HTML only where a note has some', () => {
  it('parses raw HTML into elements', () => {
    expect(html('Press <kbd>Ctrl</kbd> then go.')).toBe('<p>Press <kbd>Ctrl</kbd> then go.</p>');
  });

  it('marks an <img> without alt as decorative and reports it, and leaves Markdown images be', () => {
    const { html: out, links } = render(
      '<img src="https://x.org/a.png">\n\n![](https://x.org/b.png) ![Map](https://x.org/c.png)',
    );
    expect(out).toContain('<img src="https://x.org/a.png" loading="lazy" alt="">');
    expect(links.broken).toEqual([{ target: 'https://x.org/a.png', kind: 'no-alt', at: { line: 1, column: 1 } }]);
  });

  it('names a link that is only an image without alt text after where it leads', () => {
    const out = html('<a href="https://calendar.example.org/event?x=1"><img src="https://x.org/button.gif"></a>');
    expect(out).toContain('aria-label="Link to calendar.example.org"');
    expect(html('<a href="https://x.org/"><img src="https://x.org/a.png" alt="Add to calendar"></a>')).not.toContain(
      'aria-label',
    );
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
