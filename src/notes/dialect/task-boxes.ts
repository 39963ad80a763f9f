import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Names the boxes of task lists (`- [ ]`, `- [x]`): GFM renders a disabled checkbox with no label,
 * which a screen reader announces as "checkbox" with nothing to say what it stands for.
 */
export default function rehypeTaskBoxes() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'input' && node.properties.type === 'checkbox')
        node.properties.ariaLabel = node.properties.checked ? 'Done' : 'Not done';
    });
  };
}
