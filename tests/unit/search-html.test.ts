import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { fillItems, searchHtml } from '../../src/notes/search-html.ts';

const page = [
  '<ul><li id="action-aaaaaaa" class="item-anchor">Bo will book the room<ul><li>a detail</li></ul></li></ul>',
  '<p id="decision-bbbbbbb" class="item-anchor">We ship in May</p>',
  '<ul><li id="action-ccccccc" class="item-anchor"><p>Cy will write it up</p><p>more</p></li></ul>',
  '<p id="elsewhere">Not an item</p>',
].join('');
const ids = new Set(['action-aaaaaaa', 'decision-bbbbbbb', 'action-ccccccc']);
const search = () => searchHtml(fromHtml(page, { fragment: true }), ids);

describe('the search HTML of a note', () => {
  it("makes each item's own line a heading with its anchor and kind, and leaves the rest as it is", () => {
    const html = search();
    expect(html).toContain(
      '<li class="item-anchor" data-minutes-item="action-aaaaaaa"><h6 id="action-aaaaaaa" data-pagefind-weight="10">Action item: Bo will book the room</h6><!--minutes-earlier:action-aaaaaaa--><ul><li>a detail</li></ul></li>',
    );
    expect(html).toContain(
      '<h6 id="decision-bbbbbbb" class="item-anchor" data-minutes-item="decision-bbbbbbb" data-pagefind-weight="10">Decision: We ship in May</h6>',
    );
    // A loose list item: its first paragraph is the line.
    expect(html).toContain(
      '<li class="item-anchor" data-minutes-item="action-ccccccc"><p><h6 id="action-ccccccc" data-pagefind-weight="10">Action item: Cy will write it up</h6><!--minutes-earlier:action-ccccccc--></p><p>more</p></li>',
    );
    expect(html).toContain('<p id="elsewhere">Not an item</p>');
  });

  it('leaves out an action carried to a later meeting, and lists the meetings that carried one before', () => {
    const html = fillItems(search(), [
      { id: 'action-aaaaaaa', carried: true },
      { id: 'decision-bbbbbbb', carried: false },
      { id: 'action-ccccccc', carried: false, earlier: h('p', 'Earlier: 8 Jan 2024') },
    ]);
    expect(html).toContain('<li class="item-anchor" data-minutes-item="action-aaaaaaa" data-pagefind-ignore="all">');
    expect(html).toContain('Cy will write it up</h6><p>Earlier: 8 Jan 2024</p></p>');
    expect(html).not.toContain('<!--');
  });
});
