import { posix } from 'node:path';
import { DAY_PATTERN } from '../dates.ts';
import { newHeader } from '../header.ts';
import type { Converted } from './wikijs.ts';

const DAY = new RegExp(`(${DAY_PATTERN.replace(/[()]/g, '')})`);

/** A title from a file name: `2024-05-02-design-review.md` → `2024-05-02 Design review`. */
export function titleFromFile(file: string) {
  const words = posix
    .basename(file)
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  const text = words.replace(DAY, '').trim();
  const day = DAY.exec(words)?.[1];
  const title = text ? text[0]!.toUpperCase() + text.slice(1) : '';
  return [day, title].filter(Boolean).join(' ') || posix.basename(file);
}

/**
 * Plain Markdown without a header: the first heading becomes the title (and leaves the body, which
 * would otherwise show it twice), else the file name does; the date comes from the file name, else
 * from the file's modification time.
 */
export function markdownNote(file: string, text: string, modified: Date): Converted {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const heading = first >= 0 ? /^#\s+(.+?)\s*#*\s*$/.exec(lines[first]!)?.[1] : undefined;
  const title = heading ?? titleFromFile(file);
  const day = DAY.exec(posix.basename(file))?.[1];
  const stamp = day ? `${day}T00:00:00.000Z` : modified.toISOString();
  const body = heading
    ? lines
        .slice(first + 1)
        .join('\n')
        .replace(/^\n+/, '')
    : text.replace(/^\n+/, '');
  const changes = [
    `added a header: title from the ${heading ? 'first heading' : 'file name'}, date from the ${day ? 'file name' : 'file time'}`,
  ];
  return { text: `${newHeader(title, stamp)}\n${body}`, changes };
}
