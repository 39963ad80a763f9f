import type { Root as Hast } from 'hast';
import type { Root as Mdast } from 'mdast';
import rehypeHighlight from 'rehype-highlight';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkBreaks from 'remark-breaks';
import remarkEmoji from 'remark-emoji';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkAttributes from './dialect/attributes.ts';
import rehypeBlocks from './dialect/blocks.ts';
import rehypeHeadingIds, { type Heading } from './dialect/heading-ids.ts';
import remarkImageSize from './dialect/image-size.ts';
import rehypeItemAnchors from './dialect/item-anchors.ts';
import rehypeLinks, { type LinkReport } from './dialect/links.ts';
import { rehypeIframeFilter, rehypeIframeSandbox, sanitizeSchema } from './dialect/sanitize.ts';
import remarkSubSup from './dialect/sub-sup.ts';
import rehypeTabsets from './dialect/tabsets.ts';
import type { LinkContext } from './links.ts';

export type { Heading, LinkReport };

// Attribute blocks are read before remark-breaks turns their line breaks into nodes.
const parser = unified()
  .use(remarkParse)
  .use(remarkGfm, { singleTilde: false })
  .use(remarkAttributes)
  .use(remarkImageSize)
  .use(remarkSubSup)
  .use(remarkEmoji, { emoticon: true })
  .use(remarkBreaks)
  .freeze();

/** Markdown → mdast with the Wiki.js dialect applied. Positions are positions in the file. */
export function parseMarkdown(body: string): Mdast {
  return parser.runSync(parser.parse(body));
}

export interface RenderOptions {
  links: LinkContext;
  /** Hosts whose iframes survive sanitizing (e.g. `www.youtube-nocookie.com`). */
  iframeHosts: readonly string[];
}

export interface Rendered {
  html: string;
  headings: Heading[];
  links: LinkReport;
}

/**
 * One renderer per build: mdast → sanitized HTML. Everything a note writes is sanitized; what
 * Minutes adds itself (tabs, heading anchors, link classes) comes after, so it is never stripped
 * and can never be forged by a note.
 */
export function createRenderer(options: RenderOptions) {
  const iframes = options.iframeHosts.length > 0;
  const processor = unified()
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRaw)
    .use(iframes ? [[rehypeIframeFilter, { hosts: options.iframeHosts }]] : [])
    .use(rehypeSanitize, sanitizeSchema(iframes))
    .use(iframes ? [rehypeIframeSandbox] : [])
    .use(rehypeBlocks)
    .use(rehypeHighlight, { detect: false })
    .use(rehypeTabsets)
    .use(rehypeHeadingIds)
    .use(rehypeItemAnchors)
    .use(rehypeLinks, { context: options.links })
    .use(rehypeStringify)
    .freeze();

  /** `anchors`: source line → ids of the action items and decisions written there. */
  return (tree: Mdast, noteId: string, anchors?: Map<number, string[]>): Rendered => {
    const file = new VFile({ data: { noteId, anchors } });
    const hast = processor.runSync(tree, file) as Hast;
    const html = processor.stringify(hast, file);
    return { html, headings: file.data.headings as Heading[], links: file.data.links as LinkReport };
  };
}
