import type { PhrasingContent, Root } from 'mdast';
import { splitTextNodes } from './split-text.ts';

// markdown-it-sub/sup: `H~2~O`, `x^2^`, no unescaped whitespace inside. remark-gfm is configured
// with `singleTilde: false` so a single tilde reaches us as text rather than strikethrough.
const MARK = /~([^~\s]+)~|\^([^^\s]+)\^/g;

export default function remarkSubSup() {
  return (tree: Root) =>
    splitTextNodes(tree, (node) => {
      if (!/[~^]/.test(node.value)) return undefined;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(MARK)) {
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        const tag = m[1] !== undefined ? 'sub' : 'sup';
        // An emphasis node renamed through hName: mdast has no sub/sup, and this keeps it phrasing.
        parts.push({ type: 'emphasis', data: { hName: tag }, children: [{ type: 'text', value: m[1] ?? m[2]! }] });
        last = m.index + m[0].length;
      }
      if (parts.length === 0) return undefined;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      return parts;
    });
}
