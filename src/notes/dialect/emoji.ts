import type { Link, Root, Text } from 'mdast';
import names from 'markdown-it-emoji/lib/data/full.mjs';
import shortcutLists from 'markdown-it-emoji/lib/data/shortcuts.mjs';
import { SKIP } from 'unist-util-visit';
import { eachNode } from './walk.ts';

// Wiki.js converts what markdown-it-emoji's full set knows, with its own tables: a gemoji name
// anywhere in text (`a:smile:b` too), and a few emoticons (`:)`, `:-(`, `<3`, `8-)`, but not `B)`
// or `:\`) only with white space, punctuation, a control character or the end of the text on
// both sides. markdown-it resolves backslash escapes before it, so `\:)` is converted as well.
const NAMES = new Map(Object.entries(names));
const LONGEST_NAME = Math.max(...[...NAMES.keys()].map((name) => name.length));
const EMOTICON = new Map(
  Object.entries(shortcutLists).flatMap(([name, list]) => [list].flat().map((s) => [s, NAMES.get(name)!] as const)),
);
// The emoticons by their first character, longest first.
const SHORTCUTS = Map.groupBy(
  [...EMOTICON.keys()].sort((a, b) => b.length - a.length),
  (shortcut) => shortcut[0]!,
);
const BOUNDARY = /[\p{Z}\p{P}\p{Cc}]/u;

/** The longest name or emoticon at `i`, as markdown-it-emoji's alternation (longest first) finds it. */
function longestAt(text: string, i: number) {
  let found: { end: number; emoji: string; emoticon: boolean } | undefined;
  if (text[i] === ':') {
    const close = text.indexOf(':', i + 1);
    const emoji = close !== -1 && close - i - 1 <= LONGEST_NAME ? NAMES.get(text.slice(i + 1, close)) : undefined;
    if (emoji) found = { end: close + 1, emoji, emoticon: false };
  }
  for (const shortcut of SHORTCUTS.get(text[i]!) ?? []) {
    if (found && found.end - i >= shortcut.length) break;
    if (text.startsWith(shortcut, i)) {
      found = { end: i + shortcut.length, emoji: EMOTICON.get(shortcut)!, emoticon: true };
      break;
    }
  }
  return found;
}

/** `text` with each shortcut Wiki.js converts replaced by its emoji; undefined if it has none. */
export function emojify(text: string): string | undefined {
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; ) {
    const found = longestAt(text, i);
    if (!found) {
      i++;
      continue;
    }
    // A rejected emoticon is passed over whole, as the pattern's match was.
    const bounded =
      !found.emoticon ||
      ((i === 0 || BOUNDARY.test(text[i - 1]!)) && (found.end === text.length || BOUNDARY.test(text[found.end]!)));
    if (bounded) {
      if (i > last) parts.push(text.slice(last, i));
      parts.push(found.emoji);
      last = found.end;
    }
    i = found.end;
  }
  if (parts.length === 0) return undefined;
  return parts.join('') + text.slice(last);
}

/** An autolink (`<https://…>`, `www.x.org`): its text is the source itself, not a label around it. */
function autolink(link: Link) {
  const [child] = link.children;
  const [start, end] = [link.position?.start.offset, link.position?.end.offset];
  const [from, to] = [child?.position?.start.offset, child?.position?.end.offset];
  if (start === undefined || end === undefined || from === undefined || to === undefined) return false;
  return link.children.length === 1 && from - start <= 1 && end - to <= 1;
}

/** Emoji shortcodes and emoticons → emoji (Unicode text), in text but not in autolinks, as Wiki.js does. */
export default function remarkEmoji() {
  return (tree: Root) =>
    eachNode(tree, (node) => {
      if (node.type === 'link' && autolink(node)) return SKIP;
      if (node.type !== 'text') return;
      (node as Text).value = emojify(node.value) ?? node.value;
    });
}
