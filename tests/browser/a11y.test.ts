import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, serveSite } from '../../scripts/browser.ts';
import { FIXTURE_CONFIG } from '../build-site.ts';

const PAGES = {
  home: '',
  'note with a callout and tabs': 'meeting-notes/2024-02/2024-02-05-kickoff/',
  'page of several meetings': 'meeting-notes/2024-01/',
  people: 'people/',
  person: 'people/ana/',
  actions: 'actions/',
  decisions: 'decisions/',
  dates: 'dates/',
  browse: 'browse/',
  search: 'search/?q=zeppelin',
};

/** The site as keyboard and screen-reader users get it, on the fixture build. */
describe('accessibility', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveSite>>;
  let axe: string;

  beforeAll(async () => {
    axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    site = await serveSite(FIXTURE_CONFIG, inject('fixtureDist'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  for (const [scheme, width] of [
    ['light', 1280],
    ['dark', 1280],
    ['light', 320],
    ['dark', 320],
  ] as const) {
    it(`has no axe-core violation (WCAG 2.1 A/AA and best practice) on any kind of page, ${scheme} theme, ${width} px`, async () => {
      // The CSP would rightly refuse axe's own script; only this audit context lifts it.
      const context = await browser.newContext({
        bypassCSP: true,
        colorScheme: scheme,
        viewport: { width, height: 800 },
      });
      const violations: string[] = [];
      for (const [name, path] of Object.entries(PAGES)) {
        const page = await context.newPage();
        await page.goto(`${site.origin}/minutes/${path}`);
        if (path.startsWith('search')) await page.locator('.minutes-hit').first().waitFor();
        await page.evaluate(axe);
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run(c: Document, o: object): Promise<unknown> } }).axe.run(document, {
            runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
          }),
        )) as {
          violations: { id: string; nodes: { target: string[] }[] }[];
        };
        for (const v of result.violations)
          violations.push(`${name}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        await page.close();
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  }

  /** Presses Tab until the focus is on `selector`, as a keyboard user would reach it. */
  async function tabTo(page: Page, selector: string) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('works the theme toggle and the tabs from the keyboard alone', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto(`${site.origin}/minutes/meeting-notes/2024-02/2024-02-05-kickoff/`);

    await tabTo(page, '[data-theme-toggle] button');
    const pressed = () => page.locator('[data-theme-toggle] [aria-pressed="true"]').getAttribute('aria-label');
    expect(await pressed()).toBe('System theme');
    await page.keyboard.press('Tab'); // light, dark, system: in that order
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await pressed()).toBe('Dark theme');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await pressed()).toBe('Light theme');

    await tabTo(page, '.tabset-radio');
    expect(await page.getByText('Desktop notes.').isVisible()).toBe(true);
    expect(await page.getByText('Mobile notes.').isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    expect(await page.getByText('Mobile notes.').isVisible()).toBe(true);
    expect(await page.getByText('Desktop notes.').isVisible()).toBe(false);
    await page.close();
  });

  it('reaches search and its results from the keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/minutes/team/roster/`);
    await tabTo(page, '.search-open');
    await page.keyboard.press('Enter');
    await page.keyboard.type('zeppelin');
    await page.locator('.minutes-hit').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('2024-03-08 Storage review');
    await page.keyboard.press('Escape');
    await page.locator('pagefind-modal dialog[open]').waitFor({ state: 'detached' });
    await page.close();
  });
});
