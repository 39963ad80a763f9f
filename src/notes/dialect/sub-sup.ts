import type { PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

// markdown-it-sub/sup: `H~2~O`, `x^2^`, no unescaped whitespace inside. remark-gfm is configured
// with `singleTilde: false` so a single tilde reaches us as text rather than strikethrough.
const MARK = /~([^~\s]+)~|\^([^^\s]+)\^/g;

export default function remarkSubSup() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !/[~^]/.test(node.value)) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(MARK)) {
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        const tag = m[1] !== undefined ? 'sub' : 'sup';
        // An emphasis node renamed through hName: mdast has no sub/sup, and this keeps it phrasing.
        parts.push({ type: 'emphasis', data: { hName: tag }, children: [{ type: 'text', value: m[1] ?? m[2]! }] });
        last = m.index + m[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}
