import { describe, expect, it } from 'vitest';
import { fixtureSite } from './fixture-site.ts';

/** Old Wiki.js addresses, as bookmarks and other sites still link them, on the fixture site as deployed. */
describe('old wiki addresses in the browser', () => {
  const fixture = fixtureSite();

  it('reach the same page, keeping the anchor, for a note and a view of it', async () => {
    const page = await fixture.browser.newPage();
    await page.goto(`${fixture.origin}/minutes/en/meeting-notes/2024-02/2024-02-05-kickoff/#h-decisions`);
    await page.waitForURL(`${fixture.origin}/minutes/meeting-notes/2024-02/2024-02-05-kickoff/#h-decisions`);
    expect(await page.locator('h1').first().innerText()).toContain('2024-02-05 Kickoff');
    await page.goto(`${fixture.origin}/minutes/s/en/team/roster`);
    await page.waitForURL(`${fixture.origin}/minutes/team/roster`);
    await page.close();
  });

  it('leave a page that is really missing a 404 that says so', async () => {
    const page = await fixture.browser.newPage();
    const response = await page.goto(`${fixture.origin}/minutes/meeting-notes/never-written/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('[data-old-url]').isHidden()).toBe(true);
    await page.close();
  });
});
