import { describe, expect, it } from 'vitest';
import { html } from '../render.ts';

const cells = (out: string) => [...out.matchAll(/<(t[hd])[^>]*>([^<]*)<\/t[hd]>/g)].map((m) => `${m[1]}:${m[2]}`);

describe('tables as markdown-it reads them', () => {
  it('takes a delimiter row with more cells than the head: the head sets the columns', () => {
    const out = html('| Role | Assignee |\n|-|-|-|\n| Lead | Ana | extra |\n| Notes |');
    expect(out).toContain('<table>');
    expect(cells(out)).toEqual(['th:Role', 'th:Assignee', 'td:Lead', 'td:Ana', 'td:Notes', 'td:']);
  });

  it("keeps the head's alignments and drops the others", () => {
    const out = html('| a | b |\n|:-|-:|:-:|\n| 1 | 2 |');
    expect(out).toContain('<th align="left">a</th>\n<th align="right">b</th>');
    expect(out).not.toContain('center');
  });

  it('in a quote or list too, but not in code', () => {
    expect(html('> | a | b |\n> |---|---|---|\n> | 1 | 2 |')).toContain(
      '<blockquote>\n<div class="table-container" tabindex="0" role="region" aria-label="Table: a, b"><table>',
    );
    expect(html('- | a | b |\n  |-|-|-|\n  | 1 | 2 |')).toContain(
      '<li>\n<div class="table-container" tabindex="0" role="region" aria-label="Table: a, b"><table>',
    );
    expect(html('```\n| a | b |\n|-|-|-|\n```')).not.toContain('<table>');
  });

  it('not when an extra cell is not a delimiter cell, or is empty between pipes', () => {
    for (const row of ['|-|-|x|', '|-|-||-|', '|-|-|:|', '|-|-|- -|']) {
      expect(html(`| a | b |\n${row}\n| 1 | 2 |`), row).not.toContain('<table>');
    }
    // Fewer delimiter cells than head cells is no table for markdown-it either.
    expect(html('| a | b | c |\n|-|-|\n| 1 | 2 |')).not.toContain('<table>');
  });
});
