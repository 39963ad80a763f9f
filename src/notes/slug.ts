import { createHash } from 'node:crypto';

/**
 * Most bytes of a slug. A slug is one path segment of the built site (`people/<slug>/`,
 * `t/<slug>/`, `series/<slug>/`, a new note's file name), and file systems refuse names over 255
 * bytes: a 270-character title made a series folder the build could not write.
 */
export const MAX_SLUG_BYTES = 100;
const HASH_LENGTH = 8;

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, HASH_LENGTH);

/**
 * URL slug: `María Guaranda` → `maria-guaranda`. At most {@link MAX_SLUG_BYTES} bytes of UTF-8:
 * a longer one keeps its start and ends in `-` and 8 hex digits of the SHA-256 of the whole slug,
 * so it is stable across builds, and names with a long common start still differ. Names without
 * a letter or digit (`🎉`, `???`) become `x-` and the hash of the name, so they differ too.
 * Names with the same slug (`Ana B`, `ana-b`) are one key; callers that need one page per name
 * number them.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return `x-${hash(text.normalize('NFC'))}`;
  if (Buffer.byteLength(slug) <= MAX_SLUG_BYTES) return slug;
  return `${cut(slug, MAX_SLUG_BYTES - HASH_LENGTH - 1).replace(/-+$/, '')}-${hash(slug)}`;
}

/** The longest start of `text` that fits in `bytes` bytes of UTF-8, whole code points only. */
function cut(text: string, bytes: number) {
  let used = 0;
  let end = 0;
  for (const char of text) {
    used += Buffer.byteLength(char);
    if (used > bytes) break;
    end += char.length;
  }
  return text.slice(0, end);
}
