import { describe, expect, it } from 'vitest';
import { fixtureSite } from './fixture-site.ts';

/** A person's page shows each action once, however many meetings carried it. */
describe('the tracked view on a person page', () => {
  const fixture = fixtureSite();

  it('lists an action carried over three meetings once, closed, and links to its latest mention', async () => {
    const page = await fixture.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${fixture.origin}/minutes/people/ana/`);
    const section = page.locator('section[aria-labelledby="actions-title"]');
    const renew = section.locator('li', { hasText: 'renew the domain' });
    await expect.poll(() => renew.count()).toBe(1);
    await expect
      .poll(() => renew.evaluate((li) => li.closest('ul')?.previousElementSibling?.textContent ?? ''))
      .toMatch(/^Done, moved or cancelled/);
    expect(await renew.textContent()).toMatch(/3 meetings, 8 Jan 2024 to 19 Feb 2024/);
    expect(await renew.locator('.item-status .sr-only').textContent()).toContain('done');
    // Nothing of it is still listed as open.
    const open = section.locator('h3', { hasText: /^Open/ }).locator('xpath=following-sibling::*[1]');
    expect(await open.textContent()).not.toContain('renew the domain');
    await renew.locator('a.item-text').click();
    await page.waitForURL(/2024-02-19-weekly-sync\/#action-/);
    const target = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${target}"]`).textContent()).toContain('renew the domain');
    await page.close();
  });
});
