import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { eachElement } from '../../../src/notes/dialect/walk.ts';

const el = (tagName: string, ...children: Element[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const tree = (): Root => ({
  type: 'root',
  children: [el('p', el('a'), el('b')), { type: 'text', value: 't' }, el('table', el('tr', el('td'))), el('pre')],
});

/** The tags met, while the visitor grows, replaces and skips as the dialect plugins do. */
function walkLog(
  walk: (tree: Root, visitor: (node: Element, index: number, parent: Root | Element) => unknown) => void,
) {
  const log: string[] = [];
  walk(tree(), (node, index, parent) => {
    log.push(node.tagName);
    if (node.tagName === 'p') node.children.push(el('added'));
    if (node.tagName === 'table') {
      parent.children[index] = el('div', node);
      return SKIP;
    }
    if (node.tagName === 'pre') parent.children[index] = el('replaced', el('unseen'));
    return undefined;
  });
  return log;
}

describe('eachElement', () => {
  it('meets the elements unist-util-visit meets, in its order', () => {
    const visited = walkLog((t, visitor) =>
      visit(t, 'element', (node: Element, index, parent) =>
        visitor(node, index!, parent as Root | Element) === SKIP ? SKIP : undefined,
      ),
    );
    expect(walkLog(eachElement)).toEqual(visited);
    expect(visited).toEqual(['p', 'a', 'b', 'added', 'table', 'pre']);
  });
});
