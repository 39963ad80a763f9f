import type { Root } from 'hast';
import { eachElement } from './walk.ts';

/**
 * Names the boxes of task lists (`- [ ]`, `- [x]`): GFM renders a disabled checkbox with no label,
 * which a screen reader announces as "checkbox" with nothing to say what it stands for.
 */
export default function rehypeTaskBoxes() {
  return (tree: Root) => {
    eachElement(tree, (node) => {
      if (node.tagName === 'input' && node.properties.type === 'checkbox')
        node.properties.ariaLabel = node.properties.checked ? 'Done' : 'Not done';
    });
  };
}
