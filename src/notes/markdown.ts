import type { Root as Hast } from 'hast';
import type { Root as Mdast } from 'mdast';
import type { Extension } from 'micromark-util-types';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkAttributes from './dialect/attributes.ts';
import rehypeBlocks from './dialect/blocks.ts';
import remarkEmoji from './dialect/emoji.ts';
import rehypeHeadingIds, { type Heading } from './dialect/heading-ids.ts';
import rehypeHighlight from './dialect/highlight.ts';
import remarkImageSize from './dialect/image-size.ts';
import rehypeItemAnchors from './dialect/item-anchors.ts';
import { footnoteReferenceByMap, linearGfm, linearMicromark, listItemOncePerList } from './dialect/linear.ts';
import rehypeLinks, { type LinkReport } from './dialect/links.ts';
import rehypeOutline from './dialect/outline.ts';
import rehypeRaw from './dialect/raw.ts';
import { rehypeIframeFilter, rehypeIframeSandbox, sanitizeSchema } from './dialect/sanitize.ts';
import remarkBreaks from './dialect/split-text.ts';
import remarkSubSup from './dialect/sub-sup.ts';
import remarkTableDelimiters from './dialect/table-delimiters.ts';
import rehypeTabsets from './dialect/tabsets.ts';
import rehypeTaskBoxes from './dialect/task-boxes.ts';
import type { LinkContext } from './links.ts';
import { searchHtml } from './search-html.ts';

export type { Heading, LinkReport };

linearMicromark();

// Image sizes are read first, where the parser's record of escapes still fits the text; attribute
// blocks before the line-break plugin turns their line breaks into nodes.
const parser = unified()
  .use(remarkParse)
  .use(remarkGfm, { singleTilde: false })
  .use(remarkTableDelimiters)
  .use(remarkSubSup)
  .use(remarkImageSize)
  .use(remarkAttributes)
  .use(remarkEmoji)
  .use(remarkBreaks)
  .freeze();
linearGfm((parser.data('micromarkExtensions') ?? []) as Extension[]);

/** Markdown → mdast with the Wiki.js dialect applied. Positions are positions in the file. */
export function parseMarkdown(body: string): Mdast {
  return parser.runSync(parser.parse(body));
}

/** Deeper than any real note nests quotes and lists; the parser's cost grows fast beyond it. */
export const MAX_NESTING = 100;
// One container opening: a quote marker, or a list marker followed by a space.
const CONTAINER = /^[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;

/**
 * The body with no line opening more than MAX_NESTING quotes or lists (`> > > …`, `- - - …`, or
 * list items indented that deep), and the lines that did: micromark needs quadratic time and
 * memory on deeper input (5,000 levels: seconds and most of a gigabyte), then overflows the stack.
 * Such a line keeps its first MAX_NESTING levels and its text, as markdown-it (Wiki.js's
 * renderer) stops nesting at its limit too; no line is added or removed, so positions hold.
 */
export function capNesting(body: string): { body: string; lines: number[] } {
  const lines = body.split('\n');
  const capped: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length < MAX_NESTING) continue;
    const indent = CONTAINER.test(line) ? /^[ \t]*/.exec(line)![0] : '';
    // Indentation counts a level per two columns; past the limit it is cut to the limit.
    let depth = Math.min(Math.floor(indent.length / 2), MAX_NESTING);
    let kept = indent.slice(0, depth * 2);
    let rest = line.slice(indent.length);
    let deeper = indent.length > MAX_NESTING * 2;
    for (let m = CONTAINER.exec(rest); m; m = CONTAINER.exec(rest)) {
      if (depth < MAX_NESTING) kept += m[0];
      else deeper = true;
      depth++;
      rest = rest.slice(m[0].length);
    }
    if (!deeper) continue;
    lines[i] = kept + rest;
    capped.push(i + 1);
  }
  return { body: capped.length ? lines.join('\n') : body, lines: capped };
}

/**
 * Emphasis marks and brackets one block of text may hold (real notes hold a few hundred in all).
 * The parser pairs them in time that grows with the square of their number per block: 20,000
 * unmatched `*` in one paragraph took 13 s.
 */
export const MAX_INLINE_MARKS = 5000;

/** The line of the first block (text between blank lines) holding more than MAX_INLINE_MARKS `*`, `_` or `[`. */
export function tooManyInlineMarks(body: string): number | undefined {
  let marks = 0;
  let blockLine = 1;
  let line = 1;
  let lineHasText = false;
  let afterBlank = true;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 10) {
      afterBlank = !lineHasText;
      lineHasText = false;
      line++;
    } else if (c !== 32 && c !== 9 && c !== 13) {
      if (!lineHasText && afterBlank) [marks, blockLine] = [0, line];
      lineHasText = true;
      if ((c === 42 || c === 95 || c === 91) && ++marks > MAX_INLINE_MARKS) return blockLine;
    }
  }
  return undefined;
}

export interface RenderOptions {
  links: LinkContext;
  /** Hosts whose iframes survive sanitizing (e.g. `www.youtube-nocookie.com`). */
  iframeHosts: readonly string[];
}

export interface Rendered {
  html: string;
  /** The HTML the search index reads, when the note has items (see search-html.ts). */
  searchHtml?: string;
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
    .use(remarkRehype, {
      allowDangerousHtml: true,
      clobberPrefix: '',
      handlers: { listItem: listItemOncePerList(), footnoteReference: footnoteReferenceByMap() },
    })
    .use(rehypeRaw)
    .use(iframes ? [[rehypeIframeFilter, { hosts: options.iframeHosts }]] : [])
    .use(rehypeSanitize, sanitizeSchema(iframes))
    .use(iframes ? [rehypeIframeSandbox] : [])
    .use(rehypeBlocks)
    .use(rehypeHighlight, { detect: false })
    .use(rehypeTabsets)
    .use(rehypeHeadingIds)
    .use(rehypeOutline)
    .use(rehypeItemAnchors)
    .use(rehypeTaskBoxes)
    .use(rehypeLinks, { context: options.links })
    .use(rehypeStringify)
    .freeze();

  /** `anchors`: source line → ids of the action items and decisions written there. */
  return (tree: Mdast, noteId: string, anchors?: Map<number, string[]>): Rendered => {
    const file = new VFile({ data: { noteId, anchors } });
    const hast = processor.runSync(tree, file) as Hast;
    const html = processor.stringify(hast, file);
    // The page's tree is done with: its item lines become the index's headings here, where the
    // tree exists, rather than by parsing the HTML again for search.
    const ids = new Set([...(anchors?.values() ?? [])].flat());
    return {
      html,
      ...(ids.size ? { searchHtml: searchHtml(hast, ids) } : {}),
      headings: file.data.headings ?? [],
      links: file.data.links ?? { outgoing: new Set(), broken: [] },
    };
  };
}
