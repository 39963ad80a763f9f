import { describe, expect, it } from 'vitest';
import { wikiSlugger } from '../../../src/notes/dialect/heading-ids.ts';
import { html, render } from '../render.ts';

describe('heading ids', () => {
  it('follows uslug with the h- prefix and -n repeats', () => {
    const slug = wikiSlugger();
    expect(
      ['Issue Tracking & Roadmap', '2021-04-26', 'Notes', 'Notes', 'Notes', 'Über Café'].map((t) => slug(t)),
    ).toEqual(['issue-tracking-roadmap', 'h-2021-04-26', 'notes', 'notes-1', 'notes-2', 'über-café']);
  });

  it('gives headings ids and self-links and records the outline', () => {
    const { html: out, headings } = render('# 2024 goals\n## Notes\n## Notes');
    expect(out).toContain('<h2 id="h-2024-goals">2024 goals<a class="heading-anchor" href="#h-2024-goals"');
    expect(headings).toEqual([
      { depth: 1, slug: 'h-2024-goals', text: '2024 goals', line: 1 },
      { depth: 2, slug: 'notes', text: 'Notes', line: 2 },
      { depth: 2, slug: 'notes-1', text: 'Notes', line: 3 },
    ]);
  });
});

describe('tabsets', () => {
  it('turns a {.tabset} heading and its child headings into radio tabs', () => {
    const { html: out, headings } = render(
      '## Platforms {.tabset}\n### Android\nA text\n### iOS\nB text\n## After\nrest',
    );
    expect(out).toMatch(/<div class="tabset" role="group" aria-label="Platforms">/);
    expect(out).toMatch(
      /<input type="radio" class="tabset-radio" name="tabset-1" id="tabset-1-1" checked><label class="tabset-tab" for="tabset-1-1">Android<\/label><div class="tabset-panel">\s*<p>A text<\/p>/,
    );
    expect(out).toContain('id="tabset-1-2"');
    // Tab titles are not headings; the heading after the tabset ends it.
    expect(headings.map((h) => h.text)).toEqual(['After']);
    expect(out).toMatch(/<\/div><\/div>\s*<h2 id="after">/);
  });
});

describe('code and tables', () => {
  it('highlights fenced code at build time', () => {
    expect(html('```json\n{"a": 1}\n```')).toContain(
      '<code class="hljs language-json"><span class="hljs-punctuation">{</span><span class="hljs-attr">"a"</span>',
    );
  });

  it('keeps mermaid source readable in pre.mermaid', () => {
    expect(html('```mermaid\ngraph TD; A-->B\n```')).toBe(
      '<pre class="mermaid" tabindex="0" aria-label="Diagram source (mermaid)">graph TD; A-->B\n</pre>',
    );
  });

  it('wraps tables in a scroll container a keyboard can reach, named by its header row', () => {
    expect(html('| Name | Role |\n|---|---|\n| Ana | chair |')).toMatch(
      /^<div class="table-container" tabindex="0" role="region" aria-label="Table: Name, Role"><table>/,
    );
  });

  it('names a code block by its language, shown over the code', () => {
    expect(html('```python\nx = 1\n```')).toMatch(
      /^<pre tabindex="0" aria-label="Code \(python\)" data-language="python">/,
    );
  });

  it('gives a callout its label before its text, as Wiki.js gives it an icon', () => {
    expect(html('> Mind the gap\n{.is-warning}')).toMatch(
      /^<blockquote class="is-warning"><p class="callout-label">Warning<\/p>\n?<p>Mind the gap<\/p>/,
    );
    expect(html('> Plain quote')).not.toContain('callout-label');
  });

  it('makes an empty header cell a plain cell', () => {
    expect(html('| | Role |\n|---|---|\n| Ana | chair |')).toContain('<tr>\n<td></td>\n<th>Role</th>');
  });

  it('lets the keyboard reach code blocks, which scroll rather than wrap', () => {
    expect(html('```\nconst a = 1;\n```')).toMatch(/^<pre tabindex="0" aria-label="Code"><code>/);
    expect(html('```mermaid\ngraph TD\n```')).toMatch(
      /^<pre class="mermaid" tabindex="0" aria-label="Diagram source \(mermaid\)">/,
    );
  });
});
