import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/notes/markdown.ts';
import { html } from '../render.ts';

describe("the dialect's inline syntax honours escapes and code spans", () => {
  it('parses ~sub~ and ^sup^ as syntax: an mdast node of their own', () => {
    const paragraph = parseMarkdown('H~2~O').children[0];
    expect(paragraph?.type === 'paragraph' && paragraph.children[1]).toMatchObject({
      type: 'emphasis',
      data: { hName: 'sub' },
      children: [{ type: 'text', value: '2' }],
    });
  });

  it('leaves escaped marks and code spans as written', () => {
    expect(html('H\\~2\\~O x\\^2\\^ `~a~` `x^2^`')).toBe('<p>H~2~O x^2^ <code>~a~</code> <code>x^2^</code></p>');
    expect(html('H~2\\~O')).toBe('<p>H~2~O</p>');
  });

  it('reads the content as markdown-it does: escapes resolved, an escaped space allowed', () => {
    expect(html('~a\\~b~ ^a\\ b^ ~a&amp;b~ ~a b~')).toBe(
      '<p><sub>a~b</sub> <sup>a\\ b</sup> <sub>a&#x26;b</sub> ~a b~</p>',
    );
  });

  it('never cuts through a link or code span', () => {
    expect(html('~[a](/home)~ ^a`b^`')).toBe('<p>~<a href="/" class="is-internal-link">a</a>~ ^a<code>b^</code></p>');
  });

  it('leaves an image whose ! or [ is escaped as text', () => {
    expect(html('\\![a](/x.png =100x50) !\\[b](/x.png =1x1)', { assets: ['x.png'] })).toBe(
      '<p>![a](/x.png =100x50) ![b](/x.png =1x1)</p>',
    );
    expect(html('\\!![a](/x.png =100x50)', { assets: ['x.png'] })).toBe(
      '<p>!<img src="/x.png" alt="a" width="100" height="50" loading="lazy"></p>',
    );
  });
});
