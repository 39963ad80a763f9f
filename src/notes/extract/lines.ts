import type { Nodes, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface TextLine {
  /** Plain text of one source line: emphasis markers, link syntax and HTML removed. */
  text: string;
  /** 1-based line in the note file. */
  line: number;
}

const plain = (node: Nodes) => toString(node, { includeHtml: false });

/**
 * A paragraph's or heading's text split at its line breaks. Wiki.js metadata is written as one
 * paragraph of `**Label**: value` lines (shown with `breaks: true`), so lines are the unit to read.
 */
export function textLines(node: { children: PhrasingContent[]; position?: { start: { line: number } } }): TextLine[] {
  const lines: TextLine[] = [];
  // The line-break plugin (split-text.ts) leaves its breaks and split text without positions: count newlines instead.
  let line = node.position?.start.line ?? 0;
  let text = '';
  const newline = () => {
    if (text.trim()) lines.push({ text: text.trim(), line });
    text = '';
    line++;
  };
  for (const child of node.children) {
    if (child.type === 'break') newline();
    else if (child.type !== 'text') text += plain(child);
    else {
      child.value.split('\n').forEach((part, i) => {
        if (i > 0) newline();
        text += part;
      });
    }
  }
  if (text.trim()) lines.push({ text: text.trim(), line });
  return lines;
}
