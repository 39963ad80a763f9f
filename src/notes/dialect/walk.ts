import type { Element, Root as Hast } from 'hast';
import type { Nodes, Parent } from 'mdast';
import { SKIP } from 'unist-util-visit';

type Visitor<N, P> = (node: N, index: number, parent: P) => unknown;
type Tree = { type: string; children?: Tree[] };

/**
 * Tree walks in unist-util-visit's order (each node before its children, children read from the
 * parent as they are reached), making nothing per node: visit's closure and list of ancestors for
 * every node were a tenth of a note's time over the many walks of parsing and rendering. A
 * callback may change its node, add children to it or replace it in its parent (its old children
 * are walked unless it returns SKIP), never remove siblings.
 */
function walk(parent: Tree, visit: Visitor<Tree, Tree>) {
  for (let index = 0; index < parent.children!.length; index++) {
    const node = parent.children![index]!;
    if (visit(node, index, parent) !== SKIP && node.children) walk(node, visit);
  }
}

/** Each element below `tree`. */
export function eachElement(tree: Hast | Element, visit: Visitor<Element, Hast | Element>) {
  walk(tree, (node, index, parent) =>
    node.type === 'element' ? visit(node as Element, index, parent as Hast | Element) : undefined,
  );
}

/** Each node below `tree`. */
export function eachNode(tree: Parent, visit: Visitor<Nodes, Parent>) {
  walk(tree, visit as unknown as Visitor<Tree, Tree>);
}
