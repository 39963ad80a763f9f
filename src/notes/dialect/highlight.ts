import type { Nodes, Root } from 'hast';
import rehypeHighlight, { type Options } from 'rehype-highlight';
import type { VFile } from 'vfile';

/**
 * rehype-highlight, for the notes that hold a code block: it only ever changes a `<pre>`'s
 * `<code>`, and its walk of a note without one was as costly as any of Minutes' own.
 */
export default function rehypeHighlightWhereNeeded(options: Options) {
  const highlight = rehypeHighlight(options);
  return (tree: Root, file: VFile) => (hasCodeBlock(tree) ? highlight(tree, file) : undefined);
}

const hasCodeBlock = (node: Nodes): boolean =>
  'children' in node &&
  node.children.some(
    (child) =>
      (node.type === 'element' && node.tagName === 'pre' && child.type === 'element' && child.tagName === 'code') ||
      hasCodeBlock(child),
  );
