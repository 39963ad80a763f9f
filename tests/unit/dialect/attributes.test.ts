import { describe, expect, it } from 'vitest';
import { parseAttributes } from '../../../src/notes/dialect/attributes.ts';
import { html } from '../render.ts';

describe('attribute blocks', () => {
  it('parses classes, id and target, and nothing else', () => {
    expect(parseAttributes('.a .b #id target=_blank')).toEqual({ className: ['a', 'b'], id: 'id', target: '_blank' });
    expect(parseAttributes('style=color:red onclick=alert(1) target=evil')).toBeUndefined();
  });

  it.each(['is-info', 'is-success', 'is-warning', 'is-danger'])('turns a blockquote into a %s callout', (kind) => {
    const out = html(`> first\n> second\n{.${kind}}`);
    expect(out).toContain(`<blockquote class="${kind}">`);
    expect(out).not.toContain('{.');
  });

  it('applies a block after a multi-paragraph blockquote to the blockquote', () => {
    expect(html('> a\n>\n> b\n{.is-success}')).toMatch(/^<blockquote class="is-success">/);
  });

  it('styles the deepest last list for {.links-list}', () => {
    const out = html('- [A *sub*](https://a.example)\n  - nested\n{.links-list}');
    expect(out).toMatch(/<ul>\s*<li><a[^>]*>A <em>sub<\/em><\/a>\s*<ul class="links-list">/);
  });

  it('applies a block after a blank line to the list before it', () => {
    expect(html('- a\n- b\n\n{.grid-list}')).toMatch(/^<ul class="grid-list">/);
  });

  it('applies a block after the last table row to the table', () => {
    const out = html('| a | b |\n|---|---|\n| 1 | 2 |\n{.dense}');
    expect(out).toContain('<table class="dense">');
    expect(out).not.toContain('{.dense}');
  });

  it('sets a custom heading id and keeps class on headings', () => {
    expect(html('## Glossary {#glossary .big}')).toMatch(/^<h2 class="big" id="glossary">Glossary/);
  });

  it('applies a block at the end of a paragraph to that paragraph', () => {
    expect(html('Some text {.red--text}')).toBe('<p class="red--text">Some text</p>');
  });

  it('applies an inline block to the element right before it', () => {
    expect(html('*Figure 1*{.caption} and [x](https://x.example){target=_blank}')).toBe(
      '<p><em class="caption">Figure 1</em> and <a href="https://x.example" target="_blank" class="is-external-link" rel="noopener noreferrer">x</a></p>',
    );
  });

  it('never lets an attribute block add other attributes', () => {
    const out = html(
      '[x](https://x.example){onclick=alert(1) style=color:red}\n\n> q\n{.is-info onmouseover=alert(1)}',
    );
    // Inside tags: a block with no allowed attribute may stay visible as (escaped) text.
    expect(out).not.toMatch(/<[^>]*\s(onclick|onmouseover|style)=/);
    expect(out).toContain('<blockquote class="is-info">');
  });
});
