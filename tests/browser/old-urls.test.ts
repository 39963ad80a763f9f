import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, serveSite } from '../../scripts/browser.ts';
import { FIXTURE_CONFIG } from '../build-site.ts';

/** Old Wiki.js addresses, as bookmarks and other sites still link them, on the fixture site as deployed. */
describe('old wiki addresses in the browser', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveSite>>;
  beforeAll(async () => {
    site = await serveSite(FIXTURE_CONFIG, inject('fixtureDist'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('reach the same page, keeping the anchor, for a note and a view of it', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/minutes/en/meeting-notes/2024-02/2024-02-05-kickoff/#h-decisions`);
    await page.waitForURL(`${site.origin}/minutes/meeting-notes/2024-02/2024-02-05-kickoff/#h-decisions`);
    expect(await page.locator('h1').first().innerText()).toContain('2024-02-05 Kickoff');
    await page.goto(`${site.origin}/minutes/s/en/team/roster`);
    await page.waitForURL(`${site.origin}/minutes/team/roster`);
    await page.close();
  });

  it('leave a page that is really missing a 404 that says so', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.origin}/minutes/meeting-notes/never-written/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('[data-old-url]').isHidden()).toBe(true);
    await page.close();
  });
});
