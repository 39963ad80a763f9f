import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/notes/config.ts';

describe('parseConfig', () => {
  it('fills defaults', () => {
    expect(parseConfig({}, {})).toMatchObject({
      title: 'Minutes',
      notesDir: 'content',
      defaultLocale: 'en',
      people: {},
      iframeHosts: [],
      search: { excerptLength: 30 },
    });
  });

  it('turns search off, or tunes its excerpts and ranking', () => {
    expect(parseConfig({ search: false }, {}).search).toBe(false);
    expect(parseConfig({ search: { ranking: { pageLength: 0.3 } } }, {}).search).toEqual({
      excerptLength: 30,
      ranking: { pageLength: 0.3 },
    });
    expect(() => parseConfig({ search: { excerptLength: 2, ranking: { termSaturation: 5 } } }, {})).toThrow(
      /search\.excerptLength[\s\S]*search\.ranking\.termSaturation/,
    );
  });

  it('lets the environment choose the notes folder and wiki host', () => {
    const config = parseConfig(
      { notesDir: 'notes', wikiHost: 'https://a.example' },
      { MINUTES_NOTES_DIR: '../wiki', MINUTES_WIKI_HOST: 'https://wiki.b.example' },
    );
    expect(config).toMatchObject({ notesDir: '../wiki', wikiHost: 'https://wiki.b.example' });
  });

  it('explains invalid options by path', () => {
    expect(() => parseConfig({ wikiHost: 'not a url', recentMeetings: -1 } as never, {})).toThrow(
      /wikiHost[\s\S]*recentMeetings/,
    );
  });
});
