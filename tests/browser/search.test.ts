import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureSite } from './fixture-site.ts';

/** Search as a reader uses it, in Chromium, on the fixture site served as deployed (base /minutes). */
describe('search in the browser', () => {
  const fixture = fixtureSite();
  const problems: string[] = [];
  afterEach(async () => {
    await Promise.all(fixture.browser.contexts().map((c) => c.close()));
    // Each test's own pages: no console error or uncaught exception, whatever ran before.
    expect(problems.splice(0)).toEqual([]);
  });

  async function open(path: string) {
    const page = await fixture.browser.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(`${path}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
    await page.goto(`${fixture.origin}/minutes/${path}`);
    return page;
  }
  /** Result titles once all have rendered (Pagefind shows placeholders first), checked against the count it announces. */
  async function titles(page: Page, count?: number, term?: string) {
    const summary = page.locator('pagefind-summary');
    await expect
      .poll(() => summary.innerText())
      .toMatch(term ? new RegExp(`^(\\d+|No) results? for ${term}`) : /^(\d+|No) results?/);
    const announced = Number((await summary.innerText()).match(/^\d+/)?.[0] ?? 0);
    if (count !== undefined) expect(announced).toBe(count);
    // Counted and read in one go: Pagefind may render the list again between two reads.
    const links = page.locator('.minutes-hit .pf-result-link');
    let shown: string[] = [];
    await expect.poll(async () => (shown = await links.allInnerTexts()).length).toBe(announced);
    return shown;
  }
  /** Dates shown on the results, as ISO days. */
  const dates = async (page: Page) =>
    (await page.locator('.minutes-hit-meta span').allInnerTexts())
      .filter((t) => /^\d{1,2} \w{3} \d{4}$/.test(t))
      .map((t) => new Date(`${t} UTC`).toISOString().slice(0, 10));

  it('loads nothing of search until it is opened with "/", then finds the note that mentions a word most first', async () => {
    const page = await open('');
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);

    // Typing straight after "/", while search is still loading, loses nothing.
    await page.keyboard.press('/');
    await page.keyboard.type('zeppelin');
    const input = page.locator('pagefind-modal dialog[open] input');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await input.inputValue()).toBe('zeppelin');
    expect(await titles(page, 2)).toEqual(['2024-03-08 Storage review', '2024-01-08 weekly sync']);
    expect(fetched.some((u) => u.endsWith('/minutes/pagefind/pagefind-component-ui.js'))).toBe(true);
    // The dialog has no filters, so none of Pagefind's filter files is fetched.
    expect(fetched.filter((u) => u.includes('/pagefind/filter/'))).toEqual([]);

    // Keyboard only: down to the first result, Enter, and the words are highlighted on arrival.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/2024-03-08-storage-review\/\?highlight=zeppelin/);
    await expect.poll(() => page.locator('article.note mark').count()).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('opens with Ctrl+K and closes with Escape', async () => {
    const page = await open('team/roster/');
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('pagefind-modal dialog[open]').waitFor({ state: 'detached' });
    await page.close();
  });

  it('keeps the search in the URL and filters by person to that person’s meetings', async () => {
    const page = await open('search/?q=zeppelin');
    expect(await titles(page, 2)).toEqual(['2024-03-08 Storage review', '2024-01-08 weekly sync']);

    await page.getByRole('combobox', { name: 'Person', exact: true }).click();
    await page.getByRole('option', { name: /^Ana/ }).click();
    await page.waitForURL(/\?q=zeppelin&person=Ana$/);
    // Only the January section Ana attended: the storage review (Bo, Cy) is gone.
    expect(await titles(page, 1)).toEqual(['2024-01-08 weekly sync']);

    // The same state from a shared link.
    const shared = await open('search/?q=zeppelin&person=Cy');
    expect(await titles(shared, 1)).toEqual(['2024-03-08 Storage review']);

    // A person's page links to everything search holds about them.
    const person = await open('people/cy/');
    await person.getByRole('link', { name: /^Search Cy/ }).click();
    await person.waitForURL(/\/search\/\?person=Cy$/);
    expect(await titles(person)).toEqual(
      expect.arrayContaining(['2024-03-08 Storage review', '2024-01-22 Weekly Sync']),
    );
    await Promise.all([page.close(), shared.close(), person.close()]);
  });

  it('finds a decision in its meeting’s one result and lands on its line, with the words highlighted', async () => {
    const page = await open('search/?kind=Decisions');
    await page.locator('pagefind-input input').fill('cold archive ninety days');
    // Typed at once, the words may first be searched without the URL's filter, until the page has read it.
    await page.waitForURL(/kind=Decisions/);
    expect((await titles(page, undefined, 'cold archive ninety days'))[0]).toBe('2024-03-08 Storage review');
    // One card for the meeting: it is not also listed as its decisions.
    expect(await titles(page, undefined, 'cold archive ninety days')).toEqual(['2024-03-08 Storage review']);
    const item = page
      .locator('.minutes-hit-items a')
      .filter({ hasText: /^Decision: / })
      .first();
    // Pagefind fills a result in steps: wait for what is asserted, never for time.
    await expect.poll(() => item.innerText()).toBe('Decision: Attachments move to the cold archive after ninety days.');
    await expect.poll(() => item.locator('mark').allInnerTexts()).toEqual(['cold', 'archive', 'ninety', 'days.']);

    await item.click();
    await page.waitForURL(/2024-03-08-storage-review\/\?highlight=cold.*#decision-[0-9a-f]{7}$/);
    const target = page.locator(':target');
    await expect.poll(() => target.innerText()).toBe('Attachments move to the cold archive after ninety days.');
    await expect.poll(() => target.locator('mark').allInnerTexts()).toEqual(['cold', 'archive', 'ninety', 'days']);
    await page.close();
  });

  it('finds an action carried over three meetings once, at its latest mention, with the earlier ones', async () => {
    const page = await open('search/?kind=Action+items');
    await page.locator('pagefind-input input').fill('renew domain');
    // Typed at once, the words may first be searched without the URL's filter: wait for it, then
    // for the results, which Pagefind may render twice. Found once, at its latest mention.
    await page.waitForURL(/kind=Action/);
    await expect
      .poll(() => page.locator('.minutes-hit .pf-result-link').allInnerTexts())
      .toEqual(['2024-02-19 Weekly-sync']);
    const item = page.locator('.minutes-hit-items a').filter({ hasText: /^Action item: / });
    await expect
      .poll(() => item.innerText())
      .toMatch(/^Action item: .*Ana to renew the domain.* Earlier: 8 Jan 2024 · 22 Jan 2024/);
    await item.click();
    await page.waitForURL(/2024-02-19-weekly-sync\/\?highlight=renew.*#action-[0-9a-f]{7}$/);
    await expect.poll(() => page.locator(':target').innerText()).toContain('Ana to renew the domain');
    await page.close();
  });

  it('sorts by meeting date, newest first, keeping undated notes at the end', async () => {
    // Filters without words list everything they match: in index order unless sorted.
    const page = await open('search/?person=Bo&sort=date');
    const found = await titles(page);
    expect(found.length).toBeGreaterThanOrEqual(5);
    const shown = await dates(page);
    expect(shown.length).toBe(found.length);
    expect(shown).toEqual([...shown].sort().reverse());

    const roster = await open('search/?q=roster');
    await titles(roster);
    await roster.getByRole('combobox', { name: 'Sort', exact: true }).selectOption('date');
    await roster.waitForURL(/\?q=roster&sort=date$/);
    // The roster and the home page have no meeting date: still found, after every dated note.
    await expect
      .poll(async () => (await titles(roster)).slice(-2).sort())
      .toEqual(['Fixture wiki', 'Roster: who is who']);
    const dated = await dates(roster);
    expect(dated.length).toBe((await titles(roster)).length - 2);
    expect(dated).toEqual([...dated].sort().reverse());
    await Promise.all([page.close(), roster.close()]);
  });

  it('never finds an unpublished note', async () => {
    const page = await open('search/?q=secretmarker');
    expect(await titles(page, 0)).toEqual([]);
    await page.close();
  });
});
