import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/notes/corpus.ts';
import { currentStatus, personActions } from '../../src/notes/indexes.ts';
import { actionKey } from '../../src/notes/tracking.ts';
import { optionsFor } from '../options.ts';

/** A weekly series: each meeting's action items as written. */
const WEEKS: Record<string, string[]> = {
  '2024-05-01': ['- [ ] (Ana) book the room', '- [ ] (Bo) order badges', '- Cy will draft the post'],
  '2024-05-08': ['- [/] (Ana) Book the room.', '- [ ] (Bo) order badges'],
  '2024-05-15': [
    '- [x] (Ana) book the room - DONE',
    '- Cy will start an email thread',
    '- [ ] Cy will start an email thread',
  ],
  '2024-05-22': ['- [ ] (Bo) order badges'],
  '2024-05-29': [],
  '2024-06-05': [],
};

async function series() {
  const dir = await mkdtemp(join(tmpdir(), 'minutes-tracking-'));
  for (const [day, items] of Object.entries(WEEKS))
    await writeFile(
      join(dir, `${day}-sync.md`),
      `---\ntitle: ${day} Sync\n---\nAttendees: Ana, Bo, Cy\n\n## Previous TODOs\n${items.join('\n')}\n`,
    );
  return dir;
}

describe('actionKey', () => {
  it('is the same for an action carried forward with its owners, issue number, case and a DONE tail', () => {
    expect(actionKey('(Salt) Set up the alias.')).toBe(actionKey('#12 set up the alias (Salt) - DONE'));
    expect(actionKey('set up the alias')).not.toBe(actionKey('set up the list'));
  });
});

describe('tracked action items', () => {
  it('follow an action from meeting to meeting, its status from the latest mention, stale when left', async () => {
    const corpus = await loadCorpus(optionsFor(await series()));
    const tracked = corpus.indexes.tracked.map((t) => ({
      text: t.text,
      owners: t.owners,
      status: t.stale ? 'stale' : t.status,
      mentions: t.mentions.map((m) => m.meeting!.date),
    }));
    expect(tracked).toEqual([
      {
        text: '(Bo) order badges',
        owners: ['Bo'],
        status: 'open',
        mentions: ['2024-05-01', '2024-05-08', '2024-05-22'],
      },
      // The same words twice in one meeting: two actions.
      { text: 'Cy will start an email thread', owners: ['Cy'], status: 'stale', mentions: ['2024-05-15'] },
      { text: 'Cy will start an email thread', owners: ['Cy'], status: 'stale', mentions: ['2024-05-15'] },
      {
        text: '(Ana) book the room - DONE',
        owners: ['Ana'],
        status: 'done',
        mentions: ['2024-05-01', '2024-05-08', '2024-05-15'],
      },
      { text: 'Cy will draft the post', owners: ['Cy'], status: 'stale', mentions: ['2024-05-01'] },
    ]);
    // Ids stay while the series and the words do.
    const again = await loadCorpus(optionsFor(await series()));
    expect(again.indexes.tracked.map((t) => t.id)).toEqual(corpus.indexes.tracked.map((t) => t.id));
    expect(corpus.indexes.personByName.get('Ana')!.tracked.map((t) => t.status)).toEqual(['done']);
  });

  it('are stale only after the number of meetings the option says', async () => {
    const corpus = await loadCorpus({ ...optionsFor(await series()), staleAfter: 4 });
    expect(corpus.indexes.tracked.filter((t) => t.stale).map((t) => t.text)).toEqual(['Cy will draft the post']);
  });
});

describe('where an action stands now', () => {
  it('is its tracked item’s status at the latest mention, and nothing at the earlier ones', async () => {
    const corpus = await loadCorpus(optionsFor(await series()));
    const room = corpus.indexes.actions.filter((a) => a.item.text.toLowerCase().includes('book the room'));
    expect(room.map((a) => [a.meeting!.date, a.item.status, currentStatus(corpus.indexes, a)])).toEqual([
      ['2024-05-15', 'done', 'done'],
      ['2024-05-08', 'in-progress', undefined],
      ['2024-05-01', 'open', undefined],
    ]);
    const ana = personActions(corpus.indexes.personByName.get('Ana')!);
    expect([ana.openCount, ana.doneCount, ana.closed.length]).toEqual([0, 1, 1]);
  });
});

describe('an action reworded from one meeting to the next', () => {
  it('is still one action when only a number changed or a note was added, not when a real word did', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-reworded-'));
    const weeks = {
      '2024-05-01': [
        '- [ ] (Bo) find 3 volunteers for the desk',
        '- [ ] set up the alias',
        '- [ ] email speakers about travel',
      ],
      '2024-05-08': [
        '- [/] (Bo) find 2 volunteers for the desk',
        '- [ ] set up the alias, waiting on DNS',
        '- [ ] email speakers about hotels',
      ],
    };
    for (const [day, items] of Object.entries(weeks))
      await writeFile(
        join(dir, `${day}-sync.md`),
        `---\ntitle: ${day} Sync\n---\nAttendees: Bo\n\n## TODO\n${items.join('\n')}\n`,
      );
    const corpus = await loadCorpus(optionsFor(dir));
    expect(corpus.indexes.tracked.map((t) => [t.mentions.length, t.text]).sort()).toEqual([
      [1, 'email speakers about hotels'],
      [1, 'email speakers about travel'],
      [2, '(Bo) find 2 volunteers for the desk'],
      [2, 'set up the alias, waiting on DNS'],
    ]);
  });
});
