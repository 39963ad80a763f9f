/**
 * Character-level pieces of the extractors' patterns, for the places where a regular expression
 * would backtrack: `[.\s]+$` retried from every character of a long run, `\s*(.*)$` re-split at
 * every space. Each one reads the characters once, so a line of any length costs its length.
 */

/** `\s`: white space and line terminators, as regular expressions (and `trim`) read them. */
export function isSpace(code: number) {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** What `.` does not match. */
const isLineBreak = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;

/** The first index at or after `from` that is not `\s`. */
export function skipSpace(text: string, from: number) {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Where a run of `\s` ending at `end` starts. */
export function spaceBefore(text: string, end: number) {
  let i = end;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Whether `text` from `from` on is one line (what `.*$` needs). */
export function oneLineFrom(text: string, from: number) {
  for (let i = text.length - 1; i >= from; i--) if (isLineBreak(text.charCodeAt(i))) return false;
  return true;
}

/** `text` without its trailing white space and `chars` (as `text.replace(/[\s<chars>]+$/, '')`). */
export function trimEndOf(text: string, chars: string) {
  let end = text.length;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || chars.includes(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/**
 * The value after a label (`Decision: …`, `Next steps – …`), read at `at` just after the label's
 * word as the pattern `\s*[marks]{1,2}\s*(.*)$` reads it; with `bare`, also the pattern's other
 * branch `\s*:{0,2}\s*$` (the label alone, value ''). Undefined when the line says something else.
 */
export function labelValue(text: string, at: number, marks: string, bare: boolean): string | undefined {
  const i = skipSpace(text, at);
  if (i < text.length && marks.includes(text[i]!)) {
    const j = i + 1 < text.length && marks.includes(text[i + 1]!) ? i + 2 : i + 1;
    const k = skipSpace(text, j);
    if (oneLineFrom(text, k)) return text.slice(k);
  }
  if (!bare) return undefined;
  let j = i;
  while (j < i + 2 && text[j] === ':') j++;
  return skipSpace(text, j) === text.length ? '' : undefined;
}
