import { newHeader } from '../header.ts';
import type { Converted } from './wikijs.ts';

/** Page furniture a GitBook export repeats around the content. */
const CHROME = /^(last updated\b.*|was this helpful\?|previous|next|on this page|copy|powered by gitbook)$/i;
/** A line that ends where a sentence or an item may end. */
const ENDED = /[.!?:;)"'”’]$/;
/** Lines this short, not ending a sentence, read as the items of a list. */
const ITEM = 100;
/** A word that looks like code (`package.json`, `main_branch`): the export breaks the line after inline code. */
const CODE_END = /[\w-]+[./_][\w./-]+$/;
/** A line ending where a link's words were: "Polish the", "send it using". */
const DANGLING = /\b(the|a|an|our|your|their|using|via|to|in|of|with|see|at|update)$/i;

/**
 * A GitBook page exported as text: the first line is the title; the export's furniture ("Last
 * updated", "Was this helpful?") goes; lines the export broke where inline code or links were are
 * joined again, and the empty brackets those links leave are dropped; runs of short lines become
 * a list, other lines paragraphs. Text the export lost (link words) cannot come back: the summary
 * counts the places. The title is returned too: the export's file name is GitBook's, not the page's.
 */
export function gitbookNote(text: string, modified: Date): Converted & { title: string } {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const start = lines.findIndex(Boolean);
  const title = lines[start] ?? 'Untitled';
  let chrome = 0;
  const kept = lines.slice(start + 1).filter((line) => {
    if (!CHROME.test(line)) return Boolean(line);
    chrome++;
    return false;
  });

  const joined: string[] = [];
  let breaks = 0;
  for (const line of kept) {
    const previous = joined.at(-1);
    if (previous !== undefined && !ENDED.test(previous) && continues(previous, line)) {
      joined[joined.length - 1] = `${previous}${/^[)\]]/.test(line) ? '' : ' '}${line}`;
      breaks++;
    } else joined.push(line);
  }

  let lost = 0;
  const cleaned = joined.map((line) =>
    line.replace(/\s*\(\s*\)/g, () => {
      lost++;
      return '';
    }),
  );

  const blocks: string[] = [];
  for (const line of cleaned) {
    const item = line.length < ITEM && !/[.!?]$/.test(line);
    if (item && blocks.at(-1)?.startsWith('- ')) blocks[blocks.length - 1] += `\n- ${line}`;
    else blocks.push(item ? `- ${line}` : line);
  }

  const dangling = cleaned.filter((line) => DANGLING.test(line)).length + lost;
  const changes = [
    `title "${title}" from the first line`,
    ...(chrome ? [`removed ${chrome} line${chrome > 1 ? 's' : ''} of GitBook furniture`] : []),
    ...(breaks ? [`joined ${breaks} line${breaks > 1 ? 's' : ''} the export had broken`] : []),
    ...(lost ? [`dropped ${lost} empty bracket${lost > 1 ? 's' : ''} left by lost link text`] : []),
    ...(dangling
      ? [`${dangling} place${dangling > 1 ? 's' : ''} where the export lost link text: review the note`]
      : []),
  ];
  return { text: `${newHeader(title, modified.toISOString())}\n${blocks.join('\n\n')}\n`, changes, title };
}

/**
 * Whether `line` is the rest of `previous`, cut where inline code was: a closing bracket, a short
 * bracket (`(version`), a few lowercase words, or lowercase words after a code-like word. A
 * lowercase line of its own (a checklist item) is not.
 */
function continues(previous: string, line: string) {
  if (/^[)\]]/.test(line)) return true;
  if (/^\(/.test(line)) return line.split(/\s+/).length <= 2;
  if (!/^\p{Ll}/u.test(line)) return false;
  return line.split(/\s+/).length <= 3 || CODE_END.test(previous);
}

/** A GitBook text export: it carries GitBook's page furniture. */
export const isGitbookExport = (text: string) => /^was this helpful\?$/im.test(text);
