import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import uslug from 'uslug';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const HEADING = /^h([1-6])$/;

/** Wiki.js heading ids (WIKIJS.md §3.5): uslug, `h-` before a digit, `-1`, `-2`… for repeats. */
export function wikiSlugger() {
  const seen = new Set<string>();
  return (text: string, custom?: string) => {
    if (custom) {
      seen.add(custom);
      return custom;
    }
    let base = uslug(text.trim());
    if (/^\d/.test(base)) base = `h-${base}`;
    let slug = base;
    for (let n = 1; seen.has(slug); n++) slug = `${base}-${n}`;
    seen.add(slug);
    return slug;
  };
}

/**
 * Gives every heading its Wiki.js-compatible id and a self-link, and records the outline in
 * `file.data.headings` for the table of contents. Old deep links such as `#h-2021-04-26` keep working.
 */
export default function rehypeHeadingIds() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const slug = wikiSlugger();
    const headings: Heading[] = [];
    visit(tree, 'element', (node: Element) => {
      const level = HEADING.exec(node.tagName)?.[1];
      if (!level) return;
      // remark-rehype's hidden "Footnotes" label is not part of the outline.
      if (Array.isArray(node.properties.className) && node.properties.className.includes('sr-only')) return;
      const text = toString(node).trim();
      const id = slug(text, typeof node.properties.id === 'string' ? node.properties.id : undefined);
      node.properties.id = id;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to this section: ${text}` },
        children: [{ type: 'text', value: '#' }],
      });
      headings.push({ depth: Number(level), slug: id, text });
    });
    file.data.headings = headings;
  };
}
