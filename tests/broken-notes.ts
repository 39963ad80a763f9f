import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes a folder of broken notes, one problem each (plus one valid note). Generated rather than
 * committed: case-colliding names and invalid UTF-8 do not survive every checkout.
 */
export async function writeBrokenNotes(dir: string) {
  const files: Record<string, string | Uint8Array> = {
    'valid.md':
      '---\ntitle: Valid\ncolour: blue\n---\n\nFine, but [a dead link](/nowhere)\nand ![an image](/assets/none.png).\n',
    'bad-date.md': '---\ntitle: Bad date\npublished: true\ndate: 2024-02-30T10:00:00Z\n---\n',
    'bad-published.md': '---\ntitle: Bad published\npublished: yes please\n---\n',
    'missing-title.md': '---\ndescription: no title here\n---\n',
    'unclosed.md': '---\ntitle: Never closed\n\nBody\n',
    'unreadable-yaml.md': '---\ntitle: ok\n[not, a, key\n---\n',
    'empty.md': '',
    'binary.md': new Uint8Array([
      ...new TextEncoder().encode('---\ntitle: '),
      0xc3,
      0x28,
      0x0a,
      ...new TextEncoder().encode('---\n'),
    ]),
    '_astro.md': '---\ntitle: Astro\n---\n',
    'collision/plan.md': '---\ntitle: plan\n---\n',
    'collision/Plan.md': '---\ntitle: Plan\n---\n',
    'deep.md': `---\ntitle: Deep\n---\n\n${'>'.repeat(5000)} deep\n`,
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}
