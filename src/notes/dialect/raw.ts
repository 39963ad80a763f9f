import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { visit } from 'unist-util-visit';
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

function hasRaw(tree: Root) {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return false;
  });
  return found;
}
