import type { Image, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

// markdown-it-imsize: `![alt](src =WxH)`, size after an optional title. CommonMark rejects the
// space in the destination, so such an image reaches us as plain text.
const SIZED = /!\[([^\]\n]*)\]\(([^\s()]+)(?:[ \t]+"([^"\n]*)")?[ \t]+=(\d+%?)?x(\d+%?)?\)/g;

export default function remarkImageSize() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('](')) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(SIZED)) {
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        const [, alt = '', url = '', title, width, height] = m;
        const image: Image = { type: 'image', url, alt, title: title ?? null, position: node.position };
        const hProperties: Record<string, string> = {};
        if (width) hProperties.width = width;
        if (height) hProperties.height = height;
        image.data = { hProperties };
        parts.push(image);
        last = m.index + m[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}
