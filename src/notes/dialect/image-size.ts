import type { Image, PhrasingContent, Root } from 'mdast';
import { splitTextNodes } from './split-text.ts';

// markdown-it-imsize: `![alt](src =WxH)`, size after an optional title. CommonMark rejects the
// space in the destination, so such an image reaches us as plain text. The pattern was
// `/!\[([^\]\n]*)\]\(([^\s()]+)(?:[ \t]+"([^"\n]*)")?[ \t]+=(\d+%?)?x(\d+%?)?\)/g`; its alt text is
// found by hand (each `![` reads on to the first `]`, and a pattern retried from every `![` of
// a long line reads the same text again for each), the rest is this, from the `]`.
const SIZED_REST = /\]\(([^\s()]+)(?:[ \t]+"([^"\n]*)")?[ \t]+=(\d+%?)?x(\d+%?)?\)/y;

/** The sized images in `text`, as matchAll of the pattern would give them. */
function* sizedImages(text: string) {
  let from = 0;
  for (let open = text.indexOf('![', from); open !== -1; open = text.indexOf('![', from)) {
    // The alt text cannot hold `]` or a newline: every `![` before the first of them ends there.
    const close = text.indexOf(']', open + 2);
    const newline = text.indexOf('\n', open + 2);
    if (close === -1) return;
    if (newline !== -1 && newline < close) {
      from = newline + 1;
      continue;
    }
    SIZED_REST.lastIndex = close;
    const m = SIZED_REST.exec(text);
    if (!m) {
      from = close + 1;
      continue;
    }
    const [, url = '', title, width, height] = m;
    yield { index: open, end: SIZED_REST.lastIndex, alt: text.slice(open + 2, close), url, title, width, height };
    from = SIZED_REST.lastIndex;
  }
}

export default function remarkImageSize() {
  return (tree: Root) =>
    splitTextNodes(tree, (node) => {
      if (!node.value.includes('](')) return undefined;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of sizedImages(node.value)) {
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        const { alt, url, title, width, height } = m;
        const image: Image = { type: 'image', url, alt, title: title ?? null, position: node.position };
        const hProperties: Record<string, string> = {};
        if (width) hProperties.width = width;
        if (height) hProperties.height = height;
        image.data = { hProperties };
        parts.push(image);
        last = m.end;
      }
      if (parts.length === 0) return undefined;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      return parts;
    });
}
