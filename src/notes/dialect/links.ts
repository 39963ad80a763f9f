import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Position } from '../diagnostics.ts';
import { type LinkContext, type Resolved, resolveLink } from '../links.ts';
import type { VFile } from 'vfile';
import './data.ts';
import { eachElement } from './walk.ts';

export interface LinkReport {
  /** Notes this note links to (for backlinks). */
  outgoing: Set<string>;
  /** Links and images that lead nowhere, and images without a text alternative (`no-alt`). */
  broken: { target: string; kind: 'link' | 'image' | 'no-alt'; at: Position }[];
}

const addClass = (node: Element, name: string) => {
  node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), name];
};

/**
 * Rewrites every link and image to this site's URLs (under Astro's `base`), classifies links the
 * way Wiki.js styles them, and reports the ones that lead nowhere. The note's id comes in
 * `file.data.noteId`, so one processor serves every note.
 */
export default function rehypeLinks(options: { context: LinkContext }) {
  return (tree: Root, file: VFile) => {
    const report: LinkReport = { outgoing: new Set(), broken: [] };
    const fromId = file.data.noteId ?? '';
    const resolve = (href: string) => resolveLink(href, fromId, options.context);
    eachElement(tree, (node) => {
      const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        const link = resolve(node.properties.href);
        node.properties.href = link.href;
        classify(node, link);
        if (link.kind === 'note') report.outgoing.add(link.id);
        if (link.kind === 'broken') report.broken.push({ target: link.target, kind: 'link', at });
        if (node.properties.target === '_blank') node.properties.rel = ['noopener', 'noreferrer'];
        // A link that is only an image without alt text (a calendar button) says nothing to a
        // screen reader: it is named after where it leads.
        if (!toString(node).trim() && !hasAltText(node)) node.properties.ariaLabel = `Link to ${where(link.href)}`;
      }
      if (node.tagName === 'img' && typeof node.properties.src === 'string') {
        const image = resolve(node.properties.src);
        node.properties.src = image.href;
        node.properties.loading = 'lazy';
        if (image.kind !== 'asset' && image.kind !== 'external')
          report.broken.push({ target: image.kind === 'broken' ? image.target : image.href, kind: 'image', at });
        // Raw HTML's `<img>` may have no alt at all (Markdown's always has one): a screen reader
        // then reads the file name. Marked decorative here; the author is told to describe it.
        if (node.properties.alt === undefined) {
          node.properties.alt = '';
          report.broken.push({ target: image.href, kind: 'no-alt', at });
        }
      }
    });
    file.data.links = report;
  };
}

const hasAltText = (node: Element): boolean =>
  node.children.some(
    (c) =>
      c.type === 'element' && ((c.tagName === 'img' && String(c.properties.alt ?? '').trim() !== '') || hasAltText(c)),
  );

/** `calendar.google.com` of an external link, the path of an internal one. */
function where(href: string) {
  try {
    return new URL(href).host;
  } catch {
    return href.split(/[?#]/)[0] || href;
  }
}

function classify(node: Element, link: Resolved) {
  if (link.kind === 'external') addClass(node, 'is-external-link');
  if (link.kind === 'note' || link.kind === 'route') addClass(node, 'is-internal-link');
  if (link.kind === 'broken') addClass(node, 'is-invalid-page');
}
