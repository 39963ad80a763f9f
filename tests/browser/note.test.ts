import { describe, expect, it } from 'vitest';
import { fixtureSite } from './fixture-site.ts';

/** What a note's content gets in the browser: code to copy, callouts that say what they are. */
describe('a note in the browser', () => {
  const fixture = fixtureSite();

  it('copies a code block with its button, and shows the code’s language', async () => {
    const context = await fixture.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${fixture.origin}/minutes/team/roster/`);
    const button = page.getByRole('button', { name: 'Copy code (sh)' });
    await button.click();
    await expect.poll(() => button.innerText()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^curl --fail .*team=lantern\n?$/);
    expect(
      await page.locator('pre[data-language="sh"]').evaluate((pre) => getComputedStyle(pre, '::before').content),
    ).toContain('sh');
    await context.close();
  });

  it('labels a callout with what it is before its text', async () => {
    const page = await fixture.browser.newPage();
    await page.goto(`${fixture.origin}/minutes/meeting-notes/2024-02/2024-02-05-kickoff/`);
    const callout = page.locator('blockquote.is-warning');
    expect(await callout.innerText()).toMatch(/^WARNING\s+Bring coffee\.$/);
    expect(await callout.locator('.callout-label').evaluate((p) => getComputedStyle(p, '::before').content)).toContain(
      '⚠',
    );
    await page.close();
  });

  it('draws a mermaid diagram in the theme, keeping its source, under a policy loosened on that page only', async () => {
    const fills: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await fixture.browser.newPage({ colorScheme });
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      const response = await page.goto(`${fixture.origin}/minutes/team/roster/`);
      const drawing = page.locator('figure.diagram svg[role="img"]');
      await drawing.waitFor();
      expect(await drawing.textContent()).toMatch(/Ana[\s\S]*Bo/);
      expect(await page.locator('figure.diagram details pre.mermaid').textContent()).toContain('Ana --> Bo');
      fills.push(
        await drawing
          .locator('rect')
          .first()
          .evaluate((r) => getComputedStyle(r).fill),
      );
      expect(problems).toEqual([]);
      expect(await response!.text()).toMatch(/style-src-attr 'unsafe-inline'/);
      await page.close();
    }
    expect(fills[0]).not.toBe(fills[1]);
    // A page without a diagram keeps the strict policy.
    const other = await fixture.browser.newPage();
    const strict = await (await other.goto(
      `${fixture.origin}/minutes/meeting-notes/2024-02/2024-02-05-kickoff/`,
    ))!.text();
    expect(strict).not.toContain('unsafe-inline');
    await other.close();
  });
});

/** The action log narrowed as the reader types, on top of its prerendered views. */
describe('the action log in the browser', () => {
  const fixture = fixtureSite();

  it('keeps the items that hold every word typed, opening their months, and gives the log back when cleared', async () => {
    const page = await fixture.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${fixture.origin}/minutes/actions/`);
    const visible = () => page.locator('details.month li.item:visible').allInnerTexts();
    const all = await page.locator('details.month li.item').count();
    const filter = page.getByRole('searchbox', { name: /Filter action items/ });
    await filter.fill('cy minutes');
    await expect.poll(visible).toEqual([expect.stringContaining('Cy will send the minutes.')]);
    expect(await page.locator('[data-item-filter] output').innerText()).toBe(`1 of ${all}`);
    // A meeting's title counts too: the kickoff's items, by the kickoff.
    await filter.fill('kickoff');
    await expect.poll(async () => (await visible()).length).toBe(2);
    await filter.fill('');
    // The fixture's few months all start open: every item is back in view.
    await expect.poll(async () => (await visible()).length).toBe(all);
    expect(await page.locator('[data-item-filter] output').innerText()).toBe('');
    await page.close();
  });
});
