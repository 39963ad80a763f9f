import { headingRank } from 'hast-util-heading-rank';
import type { Root } from 'hast';
import { eachElement } from './walk.ts';

/**
 * Gives a note's headings the levels of a valid outline below the page's title, the page's only
 * `<h1>`: each heading one level below the nearest heading before it of a higher level in the
 * note (`#` then `###` → h2 then h3), never more than h6. Ids and the outline the table of
 * contents shows (recorded before this runs) keep the note's own levels.
 */
export default function rehypeOutline() {
  return (tree: Root) => {
    // The note's levels of the headings the current one sits under.
    const above: number[] = [];
    eachElement(tree, (node) => {
      const level = headingRank(node);
      if (!level) return;
      while (above.length && above.at(-1)! >= level) above.pop();
      node.tagName = `h${Math.min(above.length + 2, 6)}`;
      above.push(level);
    });
  };
}
