import type { Nodes, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { VFile } from 'vfile';

/**
 * rehype-raw, for the notes that hold raw HTML. It re-parses the whole note through an HTML
 * parser, which costs more than the rest of rendering together, and leaves a tree without raw
 * nodes as it was; most notes have none.
 */
export default function rehypeRawWhereNeeded() {
  const raw = rehypeRaw();
  return (tree: Root, file: VFile) => (hasRaw(tree) ? raw(tree, file) : tree);
}

const hasRaw = (node: Nodes): boolean => node.type === 'raw' || ('children' in node && node.children.some(hasRaw));
