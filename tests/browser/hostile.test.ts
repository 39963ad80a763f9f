import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import pMap from 'p-map';
import type { Browser } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveSite } from '../../scripts/browser.ts';
import { allFiles, buildSite, FIXTURE_CONFIG } from '../build-site.ts';
import { writeHostileNotes } from '../hostile-notes.ts';

const DANGEROUS_URL = /^\s*(javascript|vbscript|data:(?!image\/(png|gif|jpe?g|webp)))/i;
const URL_PROPERTIES = [
  'href',
  'src',
  'action',
  'formAction',
  'xLinkHref',
  'data',
  'poster',
  'srcSet',
  'background',
  'cite',
];
const FORBIDDEN = new Set(['iframe', 'object', 'embed', 'base', 'form', 'style', 'frame', 'frameset', 'applet']);

/** Notes written to attack readers, built like any wiki: nothing in them may run. */
describe('hostile notes', () => {
  let outDir: string;
  let pages: string[];
  let notes: number;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-hostile-'));
    notes = await writeHostileNotes(dir);
    const build = await buildSite(dir);
    expect(build.status, build.output).toBe(0);
    outDir = build.outDir;
    pages = (await allFiles(outDir)).filter((f) => f.endsWith('.html')).map((f) => relative(outDir, f));
  });

  it('are built into pages with no event handler, dangerous URL, or foreign script, frame, form or base', async () => {
    expect(notes).toBeGreaterThanOrEqual(40);
    expect(pages.length).toBeGreaterThan(notes);
    const problems: string[] = [];
    for (const page of pages) {
      visit(fromHtml(await readFile(join(outDir, page), 'utf8')), 'element', (node: Element) => {
        const where = `${page} <${node.tagName}>`;
        for (const [name, value] of Object.entries(node.properties)) {
          if (/^on/i.test(name)) problems.push(`${where} ${name}`);
          if (URL_PROPERTIES.includes(name) && [value].flat().some((v) => DANGEROUS_URL.test(String(v))))
            problems.push(`${where} ${name}=${String(value)}`);
        }
        if (FORBIDDEN.has(node.tagName)) problems.push(where);
        if (node.tagName === 'meta' && String(node.properties.httpEquiv ?? '').toLowerCase() === 'refresh')
          problems.push(`${where} refresh`);
        // The site's own scripts only: its bundles, or the two inline theme scripts.
        if (
          node.tagName === 'script' &&
          node.properties.src !== undefined &&
          !String(node.properties.src).startsWith('/minutes/_astro/')
        )
          problems.push(`${where} src=${String(node.properties.src)}`);
        if (
          node.tagName === 'link' &&
          node.properties.rel?.toString() === 'stylesheet' &&
          !String(node.properties.href).startsWith('/minutes/_astro/')
        )
          problems.push(`${where} stylesheet`);
      });
    }
    expect(problems).toEqual([]);
  });

  describe('in a browser', () => {
    let browser: Browser;
    let site: Awaited<ReturnType<typeof serveSite>>;
    beforeAll(async () => {
      site = await serveSite(FIXTURE_CONFIG, outDir);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.stop();
    });

    /** Opens a page, touches every element the way a reader could, and says what ran. */
    async function attack(path: string, then?: (page: import('playwright-core').Page) => Promise<void>) {
      const page = await browser.newPage();
      const ran: string[] = [];
      page.on('dialog', (d) => {
        ran.push(`${path}: dialog ${d.message()}`);
        void d.dismiss();
      });
      page.on('request', (r) => r.url().includes('pwned') && ran.push(`${path}: request ${r.url()}`));
      page.on(
        'console',
        (m) =>
          m.type() === 'error' &&
          /Content Security Policy/.test(m.text()) &&
          ran.push(`${path}: ${m.text().slice(0, 160)}`),
      );
      await page.goto(`${site.origin}/minutes/${path}`);
      await then?.(page);
      await page.evaluate(() => {
        // Links must not navigate away; any handler still runs.
        document.addEventListener('click', (e) => e.preventDefault(), true);
        for (const el of document.querySelectorAll('body *')) {
          for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'click', 'animationstart', 'toggle'])
            el.dispatchEvent(new Event(type, { bubbles: true }));
          if (el instanceof HTMLElement) el.focus();
        }
      });
      await page.waitForTimeout(50);
      if (await page.evaluate(() => (self as { pwned?: unknown }).pwned !== undefined))
        ran.push(`${path}: window.pwned set`);
      await page.close();
      return ran;
    }

    it('run no script on any page, whatever is hovered, focused or clicked', async () => {
      const ran = await pMap(pages, (file) => attack(file.replace(/index\.html$/, '')), { concurrency: 4 });
      expect(ran.flat()).toEqual([]);
    });

    it('run no script from search results and excerpts', async () => {
      const ran: string[] = [];
      for (const query of ['hostile', 'img onerror', 'script alert', 'weekly']) {
        ran.push(
          ...(await attack(`search/?q=${encodeURIComponent(query)}`, async (page) => {
            // Found, not "No results": an attack that finds nothing proves nothing.
            await page
              .locator('pagefind-summary')
              .filter({ hasText: /^[1-9]\d* results? for/ })
              .waitFor();
            await page.waitForTimeout(300);
          })),
        );
      }
      expect(ran).toEqual([]);
    });
  });
});
