import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/notes/corpus.ts';
import { formatFacts } from '../../src/notes/report.ts';
import { optionsFor } from '../options.ts';

describe('check --verbose facts', () => {
  it('say of each note what was read and where from', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-facts-'));
    await writeFile(
      join(dir, '20240502-allhands.md'),
      '# All hands\n- Thursday, May 2, 2024. 5pm\n\nPresent: Ana, Bo (partial)\n\n- [ ] Ana to book the room\n\nDecision: meet monthly\n',
    );
    await writeFile(join(dir, 'plan.md'), '---\ntitle: Plan\nattendees: [Cy]\n---\nText.\n');
    await writeFile(join(dir, '2024-05.md'), '---\ntitle: May\n---\n# 2024-05-06 Sync\nAttendees: Ana\n# 2024-05-13\n');
    const corpus = await loadCorpus(optionsFor(dir));
    const facts = Object.fromEntries(corpus.notes.map((n) => [n.file, formatFacts(n)]));
    expect(facts['20240502-allhands.md']).toBe(
      [
        '20240502-allhands.md: meeting',
        '  date 2024-05-02, from the file name',
        '  series "All hands", from the title',
        '  attendees Ana, Bo (partial), from line 4',
        '  1 action item (line 6), 1 decision (line 8)',
      ].join('\n'),
    );
    expect(facts['plan.md']).toBe('plan.md: meeting\n  attendees Cy, from the header');
    expect(facts['2024-05.md']).toBe(
      [
        '2024-05.md: meeting',
        '  2 meetings, one per dated heading:',
        '    line 4: 2024-05-06, series "Sync", attendees Ana',
        '    line 6: 2024-05-13',
      ].join('\n'),
    );
  });
});
