import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from './fixture-site.ts';

const NOTE = 'meeting-notes/2024-02/2024-02-05-kickoff/';
/** Every kind of page of the fixture site. */
const PAGES = [
  '',
  NOTE,
  'meeting-notes/2024-01/',
  'team/roster/',
  'archive/',
  'people/',
  'people/ana/',
  'actions/',
  'actions/open/',
  'decisions/',
  'dates/',
  'dates/2024/',
  'series/',
  'series/kickoff/',
  't/',
  't/planning/',
  'browse/',
  'contributing/',
  'search/?q=zeppelin',
];
const PHONES = [320, 390];

/**
 * Where an element's focus ring (outline, drawn outside its box) is cut by an ancestor that
 * clips (any overflow but visible): that ancestor, or null when the whole ring shows.
 */
function clippedBy(element: Element) {
  const style = getComputedStyle(element);
  const grow = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
  const box = element.getBoundingClientRect();
  for (let a = element.parentElement; a && a !== document.documentElement; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const r = a.getBoundingClientRect();
    const left = r.left + a.clientLeft;
    const top = r.top + a.clientTop;
    if (
      box.left - grow < left ||
      box.top - grow < top ||
      box.right + grow > left + a.clientWidth ||
      box.bottom + grow > top + a.clientHeight
    )
      return `${a.tagName.toLowerCase()}.${a.className}`;
  }
  return null;
}

/** WCAG contrast of an element's text on its own background colour (both opaque rgb()). */
function contrast(element: Element) {
  const rgb = (c: string) =>
    c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number);
  const luminance = (c: string) =>
    rgb(c)
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  let back: Element | null = element;
  while (back && getComputedStyle(back).backgroundColor === 'rgba(0, 0, 0, 0)') back = back.parentElement;
  const [a, b] = [luminance(getComputedStyle(element).color), luminance(getComputedStyle(back!).backgroundColor)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Phones, tablets and the desktop: the header, the contents, nothing wider than the screen, themes. */
describe('layout on every screen', () => {
  const fixture = fixtureSite();

  async function open(path: string, width: number, options: BrowserContextOptions = {}) {
    const page = await fixture.browser.newPage({ viewport: { width, height: 800 }, ...options });
    await page.goto(`${fixture.origin}/minutes/${path}`);
    return page;
  }
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim());
  const ringClipped = (page: Page) => page.evaluate(`(${clippedBy})(document.activeElement)`);
  const contrasts = (page: Page, selector: string) =>
    page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].map(${contrast})`) as Promise<number[]>;

  it('reaches every section from the header at 320 and 390 px, by keyboard, with the focus ring in view', async () => {
    for (const width of PHONES) {
      const page = await open(NOTE, width);
      const nav = page.getByRole('navigation', { name: 'Site' });
      const links = nav.getByRole('link');
      expect(await links.allInnerTexts()).toEqual([
        'Meetings',
        'Dates',
        'Series',
        'Actions',
        'Decisions',
        'People',
        'Tags',
        'Browse',
      ]);
      // Each one on screen as the page opens: nothing hidden past the edge of a scrolling row.
      for (const box of await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().toJSON())))
        expect(box.left >= 0 && box.right <= width, `${width}px: ${JSON.stringify(box)}`).toBe(true);
      await page.getByRole('link', { name: 'Skip to content' }).focus();
      await page.keyboard.press('Tab'); // the site's title
      for (const name of await links.allInnerTexts()) {
        await page.keyboard.press('Tab');
        expect(await focused(page)).toBe(name);
        expect(await ringClipped(page), `${width}px, ${name}`).toBeNull();
      }
      await page.close();
    }
  });

  it('shows the whole focus ring of the contents in the desktop sidebar', async () => {
    const page = await open(NOTE, 1280);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    for (const link of await toc.getByRole('link').all()) {
      await link.focus();
      expect(await ringClipped(page)).toBeNull();
    }
    await page.close();
  });

  it('folds the contents at the top of a note on a phone and keeps the sidebar on a desktop, one at a time', async () => {
    for (const width of [...PHONES, 1280]) {
      const page = await open(NOTE, width);
      // One list at a time is shown, so assistive technology finds one "On this page" landmark.
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
      expect(ids.length).toBe(new Set(ids).size);
      const title = await page.getByRole('heading', { level: 1 }).boundingBox();
      if (width < 1000) {
        const summary = page.locator('summary', { hasText: 'On this page' });
        expect(await summary.count()).toBe(1);
        expect((await summary.boundingBox())!.y).toBeLessThan(title!.y);
        expect(await toc.count()).toBe(0); // folded until asked for
        await summary.focus();
        await page.keyboard.press('Enter');
        expect(await toc.count()).toBe(1);
        expect(await toc.getByRole('link').allInnerTexts()).toEqual(['Decisions', 'Next steps']);
        expect(await toc.getByRole('link').first().isVisible()).toBe(true);
        expect((await toc.boundingBox())!.y).toBeLessThan(title!.y);
      } else {
        expect(await toc.count()).toBe(1);
        expect(await page.locator('aside').getByRole('navigation', { name: 'On this page' }).isVisible()).toBe(true);
        expect(await page.locator('summary', { hasText: 'On this page' }).isVisible()).toBe(false);
      }
      await page.close();
    }
  });

  it('never scrolls a page sideways at 320 and 390 px; what is wider scrolls in a box the keyboard reaches', async () => {
    for (const width of PHONES) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await fixture.browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
        for (const path of PAGES) {
          await page.goto(`${fixture.origin}/minutes/${path}`);
          if (path.startsWith('search')) await page.locator('.minutes-hit').first().waitFor();
          const [scroll, client] = await page.evaluate(() => [
            document.documentElement.scrollWidth,
            document.documentElement.clientWidth,
          ]);
          expect(scroll, `${path} at ${width}px, ${scheme}`).toBeLessThanOrEqual(client!);
          const boxes = await page.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>('body *')]
              .filter((e) => e.scrollWidth > e.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(e).overflowX))
              .map((e) => ({
                box: `${e.tagName.toLowerCase()}.${e.className}`,
                tabIndex: e.tabIndex,
                named: e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby'),
              })),
          );
          for (const box of boxes) expect(box, `${path} at ${width}px`).toMatchObject({ tabIndex: 0, named: true });
        }
        await page.close();
      }
    }
    // Those the fixture has: the people table and the dates' heat map.
    const people = await open('people/', 320);
    const table = people.getByRole('region', { name: 'People, their meetings and items' });
    await table.focus();
    await people.keyboard.press('ArrowRight');
    // Scrolling may be animated: wait for it rather than read it at once.
    await expect.poll(() => table.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    await people.close();
    const dates = await open('dates/', 320);
    expect(await dates.getByRole('figure', { name: 'Calendar of 2024' }).evaluate((e) => e.tabIndex)).toBe(0);
    await dates.close();
  });

  it('wraps long words, bare URLs and unfocusable code in a note; scrolls wide tables and focusable code in their box', async () => {
    const page = await open(NOTE, 320);
    // What notes hold that the fixture does not, written into the note's rendered HTML: the
    // scroll boxes as the renderer should give them, focusable and named (see the lead's notes).
    await page.locator('.prose').evaluate((prose) => {
      const long = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';
      const url = `https://example.org/${'a-very-long-path-segment/'.repeat(6)}?query=${'x'.repeat(60)}`;
      const code = `<code>const row = [${'1, '.repeat(80)}];</code>`;
      prose.insertAdjacentHTML(
        'afterbegin',
        `<p>${long}</p><p><a href="${url}">${url}</a></p>
        <pre class="wraps">${code}</pre><pre class="scrolls" tabindex="0">${code}</pre>
        <div class="table-container" tabindex="0" role="region" aria-label="Table">
          <table><tr>${'<td>column&nbsp;with&nbsp;text</td>'.repeat(8)}</tr></table>
        </div>`,
      );
    });
    const overflows = (selector: string) => page.locator(selector).evaluate((e) => e.scrollWidth > e.clientWidth);
    expect(await overflows('html')).toBe(false);
    expect(await overflows('.prose pre.wraps')).toBe(false);
    expect(await overflows('.prose pre.scrolls')).toBe(true);
    expect(await overflows('.prose .table-container')).toBe(true);
    await page.close();
  });

  it('gives the search dialog one close button', async () => {
    for (const width of [320, 390, 1280]) {
      const page = await open('team/roster/', width);
      await page.getByRole('link', { name: 'Search', exact: true }).click();
      await page.keyboard.type('zeppelin');
      await page.locator('.minutes-hit').first().waitFor();
      // Pagefind shows its close button on narrow screens only (Escape closes it everywhere).
      expect(await page.locator('pagefind-modal button.pf-modal-close').count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (width < 1000) {
        const close = page.getByRole('button', { name: /close/i });
        expect(await close.count()).toBe(1);
        await close.click();
      } else await page.keyboard.press('Escape');
      await page.locator('pagefind-modal dialog[open]').waitFor({ state: 'detached' });
      await page.close();
    }
  });

  it('offers light, dark and system themes, shows the one in use, remembers it, and lets system follow the system', async () => {
    for (const width of [320, 1280]) {
      const page = await open(NOTE, width, { colorScheme: 'light' });
      const theme = page.getByRole('group', { name: 'Theme' });
      const button = (name: string) => theme.getByRole('button', { name: `${name} theme` });
      const pressed = () =>
        theme
          .locator('[aria-pressed="true"]')
          .evaluateAll((all) => all.map((b) => b.getAttribute('aria-label')).join());
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await pressed()).toBe('System theme');
      const light = await background();

      await button('Dark').click();
      expect(await pressed()).toBe('Dark theme');
      const dark = await background();
      expect(dark).not.toBe(light);
      await page.reload();
      expect(await pressed()).toBe('Dark theme');
      expect(await background()).toBe(dark);

      // Back to the system's choice, which then follows the system as it changes.
      await button('System').click();
      expect(await pressed()).toBe('System theme');
      expect(await background()).toBe(light);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background()).toBe(dark);
      await page.reload();
      expect(await pressed()).toBe('System theme');
      expect(await background()).toBe(dark);
      await page.emulateMedia({ colorScheme: 'light' });
      expect(await background()).toBe(light);

      await button('Light').click();
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await pressed()).toBe('Light theme');
      expect(await background()).toBe(light);
      await page.close();
    }
  });

  it('gives code numbers (light) and search marks (dark) a contrast of 4.5:1 at least', async () => {
    const note = await open(NOTE, 1280, { colorScheme: 'light' });
    // The fixture has no code; rehype-highlight's markup, as a note's fence renders it.
    await note
      .locator('.prose')
      .evaluate((prose) =>
        prose.insertAdjacentHTML(
          'afterbegin',
          '<pre><code class="hljs language-js"><span class="hljs-number">42</span> <span class="hljs-literal">true</span></code></pre>',
        ),
      );
    const tokens = await contrasts(note, '.hljs-number, .hljs-literal');
    expect(tokens).toHaveLength(2);
    for (const ratio of tokens) expect(ratio).toBeGreaterThanOrEqual(4.5);
    await note.close();

    // Marks in a result's item links (accent on the mark) and in the note a result leads to.
    const search = await open('search/?kind=Decisions&q=cold+archive+ninety+days', 1280, { colorScheme: 'dark' });
    await expect.poll(() => search.locator('.minutes-hit-items a mark').count()).toBeGreaterThan(0);
    for (const ratio of await contrasts(search, '.minutes-hit-items a mark')) expect(ratio).toBeGreaterThanOrEqual(4.5);
    await search.close();
    const landed = await open('meeting-notes/2024-03/2024-03-08-storage-review/?highlight=cold', 1280, {
      colorScheme: 'dark',
    });
    await expect.poll(() => landed.locator('article.note mark').count()).toBeGreaterThan(0);
    for (const ratio of await contrasts(landed, 'article.note mark')) expect(ratio).toBeGreaterThanOrEqual(4.5);
    await landed.close();
  });
});
