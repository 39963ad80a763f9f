import type { Image, PhrasingContent, Root, Text } from 'mdast';
import type { CompileContext } from 'mdast-util-from-markdown';
import type { Processor, Transformer } from 'unified';
import { splitTextNodes } from './split-text.ts';

declare module 'mdast' {
  interface TextData {
    /** Where in the value a backslash escape put a character (`\!`), until the sizes are read. */
    escapes?: number[];
  }
}

// markdown-it-imsize: `![alt](src =WxH)`, size after an optional title. CommonMark rejects the
// space in the destination, so such an image reaches us as plain text. The pattern was
// `/!\[([^\]\n]*)\]\(([^\s()]+)(?:[ \t]+"([^"\n]*)")?[ \t]+=(\d+%?)?x(\d+%?)?\)/g`; its alt text is
// found by hand (each `![` reads on to the first `]`, and a pattern retried from every `![` of
// a long line reads the same text again for each), the rest is this, from the `]`.
const SIZED_REST = /\]\(([^\s()]+)(?:[ \t]+"([^"\n]*)")?[ \t]+=(\d+%?)?x(\d+%?)?\)/y;

/**
 * The sized images in `text`, as matchAll of the pattern would give them, but for those whose
 * `![`, `]` or `(` was escaped: CommonMark reads `\![a](/x.png =1x1)` as text, so markdown-it does.
 */
function* sizedImages(text: string, escaped: ReadonlySet<number>) {
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
    from = SIZED_REST.lastIndex;
    if ([open, open + 1, close, close + 1].some((i) => escaped.has(i))) continue;
    const [, url = '', title, width, height] = m;
    yield { index: open, end: from, alt: text.slice(open + 2, close), url, title, width, height };
  }
}

/** Takes the escapes out of a text node (read before any plugin has changed its value). */
function takeEscapes(node: Text) {
  const escapes = new Set(node.data?.escapes);
  if (node.data?.escapes) {
    delete node.data.escapes;
    if (Object.keys(node.data).length === 0) delete node.data;
  }
  return escapes;
}

// mdast text holds escapes resolved; the parser says where they were.
function enterEscapeValue(this: CompileContext) {
  const node = this.stack.at(-1);
  if (node?.type === 'text') ((node.data ??= {}).escapes ??= []).push(node.value.length);
}

export default function remarkImageSize(this: Processor): Transformer<Root> {
  (this.data().fromMarkdownExtensions ??= []).push({ enter: { characterEscapeValue: enterEscapeValue } });
  return (tree: Root) =>
    splitTextNodes(tree, (node) => {
      const escaped = takeEscapes(node);
      if (!node.value.includes('](')) return undefined;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of sizedImages(node.value, escaped)) {
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
