import { describe, expect, it } from 'vitest';
import { type LinkContext, resolveLink } from '../../src/notes/links.ts';

const context = (base = '/'): LinkContext => ({
  notes: new Set([
    'home',
    'team/members',
    'meeting-notes/2023-03',
    'meeting-notes/2023-03/2023-03-29-team-meeting',
    'design/specs',
    'design/specs/Formulas',
    'ja/product/about',
    'guides/index',
  ]),
  assets: new Set(['assets/map.png', 'files/plan.pdf']),
  wikiHost: 'https://wiki.example.org',
  defaultLocale: 'en',
  base,
});
const resolve = (href: string, from = 'meeting-notes/2023-03', base?: string) => resolveLink(href, from, context(base));

describe('resolveLink', () => {
  it.each([
    ['/en/team/members', '/team/members/'],
    ['/team/members', '/team/members/'],
    ['/team/members.md', '/team/members/'],
    ['/team/members/', '/team/members/'],
    ['./2023-03/2023-03-29-team-meeting.md', '/meeting-notes/2023-03/2023-03-29-team-meeting/'],
    ['../design/specs.md', '/design/specs/'],
    ['https://wiki.example.org/en/team/members', '/team/members/'],
    ['https://wiki.example.org/team/members.md#roles', '/team/members/#roles'],
    ['http://wiki.example.org/en/design/specs/Formulas', '/design/specs/Formulas/'],
    ['https://wiki.example.org/', '/'],
    ['/ja/product/about', '/ja/product/about/'],
    ['/guides', '/guides/'],
    ['/team/members?tab=1#x', '/team/members/?tab=1#x'],
  ])('%s → %s', (href, expected) => {
    expect(resolve(href)).toMatchObject({ kind: 'note', href: expected });
  });

  it('treats a bare relative link as a child page, as Wiki.js does', () => {
    expect(resolve('2023-03-29-team-meeting')).toMatchObject({
      kind: 'note',
      id: 'meeting-notes/2023-03/2023-03-29-team-meeting',
    });
  });

  it('resolves files of the notes folder as assets', () => {
    expect(resolve('/assets/map.png')).toEqual({ kind: 'asset', path: 'assets/map.png', href: '/assets/map.png' });
    expect(resolve('../files/plan.pdf#page=2')).toMatchObject({ kind: 'asset', href: '/files/plan.pdf#page=2' });
  });

  it('puts every internal URL under the base', () => {
    expect(resolve('/en/team/members', 'home', '/minutes/')).toMatchObject({ href: '/minutes/team/members/' });
    expect(resolve('/assets/map.png', 'home', '/minutes/')).toMatchObject({ href: '/minutes/assets/map.png' });
  });

  it('leaves external links, anchors and mail alone', () => {
    expect(resolve('https://github.com/x')).toEqual({ kind: 'external', href: 'https://github.com/x' });
    expect(resolve('mailto:a@b.example')).toMatchObject({ kind: 'external' });
    expect(resolve('#h-2021-04-26')).toEqual({ kind: 'anchor', href: '#h-2021-04-26' });
  });

  it('reports links to missing notes as broken', () => {
    expect(resolve('/en/community/dark-mode')).toMatchObject({ kind: 'broken', target: 'community/dark-mode' });
    expect(resolve('./missing.md')).toMatchObject({ kind: 'broken', target: 'meeting-notes/missing.md' });
    expect(resolve('/assets/gone.png')).toMatchObject({ kind: 'broken', href: '/assets/gone.png' });
  });

  it('decodes percent-encoded paths', () => {
    expect(resolve('/team/%6Dembers')).toMatchObject({ kind: 'note', id: 'team/members' });
  });
});
