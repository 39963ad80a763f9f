import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { headingRank } from 'hast-util-heading-rank';

const level = (node: RootContent | ElementContent) => headingRank(node) ?? 0;
const isTabset = (node: RootContent) =>
  node.type === 'element' &&
  level(node) > 0 &&
  Array.isArray(node.properties.className) &&
  node.properties.className.includes('tabset');

/**
 * Wiki.js tabsets (`# Title {.tabset}` then one heading a level deeper per tab) as radio-button
 * tabs: they switch with arrow keys and show every panel in print, without any script. Tab titles
 * are not headings, as in Wiki.js.
 */
export default function rehypeTabsets() {
  return (tree: Root) => {
    let count = 0;
    const out: RootContent[] = [];
    const nodes = tree.children;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (!isTabset(node)) {
        out.push(node);
        continue;
      }
      const depth = level(node);
      const tabs: { title: ElementContent[]; body: ElementContent[] }[] = [];
      let j = i + 1;
      for (; j < nodes.length; j++) {
        const next = nodes[j]!;
        const l = level(next);
        if (l > 0 && l <= depth) break;
        if (l === depth + 1) tabs.push({ title: (next as Element).children, body: [] });
        else if (tabs.length) tabs.at(-1)!.body.push(next as ElementContent);
        else if (next.type !== 'text' || next.value.trim()) out.push(next); // content before the first tab
      }
      i = j - 1;
      if (tabs.length) out.push(renderTabset(++count, toString(node as Element).trim(), tabs));
    }
    tree.children = out;
  };
}

function renderTabset(n: number, label: string, tabs: { title: ElementContent[]; body: ElementContent[] }[]): Element {
  const children = tabs.flatMap((tab, t): ElementContent[] => {
    const id = `tabset-${n}-${t + 1}`;
    return [
      {
        type: 'element',
        tagName: 'input',
        properties: { type: 'radio', className: ['tabset-radio'], name: `tabset-${n}`, id, checked: t === 0 },
        children: [],
      },
      {
        type: 'element',
        tagName: 'label',
        properties: { className: ['tabset-tab'], htmlFor: [id] },
        children: tab.title,
      },
      { type: 'element', tagName: 'div', properties: { className: ['tabset-panel'] }, children: tab.body },
    ];
  });
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['tabset'], role: 'group', ariaLabel: label },
    children,
  };
}
