import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import uslug from 'uslug';
import type { VFile } from 'vfile';
import './data.ts';
import { headingRank } from 'hast-util-heading-rank';
import { PAGE_IDS } from '../page-ids.ts';
import { remembered } from '../memo.ts';
import { eachElement } from './walk.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
  /** Source line of the Markdown heading, when it came from one. */
  line?: number;
}

// What uslug makes nothing or a space of: ASCII controls and punctuation but `-_~`, and white space.
const QUIET = /[\0-\x2c\x2e\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7d\x7f\s]{3,}/g;
const SPACE = /[ \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
// Wiki.js draws a shortcode's emoji as an image, which adds nothing to the id; as text, its
// variation selector or keycap would (`:cloud:` → `web-server-️`). Whole emoji sequences go.
const EMOJI = /\p{RGI_Emoji}/gv;

/**
 * The same slug comes out of uslug, but a long run of what it drops or turns into spaces is cut
 * to its first and last character (a mark after the run may combine with the last) around one
 * space, if the run held any: uslug trims its spaces with `/^\s+|\s+$/g`, quadratic in a long
 * run inside the text (`a : : : … b`).
 */
function quieter(text: string) {
  return text.replace(QUIET, (run) => run[0]! + (SPACE.test(run.slice(1, -1)) ? ' ' : '') + run.at(-1)!);
}

/** A heading's id before repeats are numbered: uslug, `h-` before a digit. Headings repeat from note to note. */
const baseSlug = remembered(
  (text) => {
    const base = uslug(quieter(text.replace(EMOJI, '').trim()));
    return /^\d/.test(base) ? `h-${base}` : base;
  },
  { maxLength: 200 },
);

/** Wiki.js heading ids: uslug, `h-` before a digit, `-1`, `-2`… for repeats. */
export function wikiSlugger() {
  const seen = new Set<string>(Object.values(PAGE_IDS));
  // Where each base's numbering goes on: the numbers below were taken, and stay taken, so a
  // thousand headings called "Notes" cost a thousand lookups, not half a million.
  const next = new Map<string, number>();
  return (text: string, custom?: string) => {
    if (custom) {
      seen.add(custom);
      return custom;
    }
    const base = baseSlug(text);
    let slug = base;
    if (seen.has(slug)) {
      let n = next.get(base) ?? 1;
      while (seen.has(`${base}-${n}`)) n++;
      slug = `${base}-${n}`;
      next.set(base, n + 1);
    }
    seen.add(slug);
    return slug;
  };
}

/**
 * Gives every heading its Wiki.js-compatible id and a self-link, and records the outline in
 * `file.data.headings` for the table of contents. Old deep links such as `#h-2021-04-26` keep working.
 */
export default function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const slug = wikiSlugger();
    const headings: Heading[] = [];
    eachElement(tree, (node) => {
      const level = headingRank(node);
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
      const line = node.position?.start.line;
      headings.push({ depth: level, slug: id, text, ...(line ? { line } : {}) });
    });
    file.data.headings = headings;
  };
}
