// npm run screenshots [-- <built site>]   (default dist/, the sample notes: run `npm run build` first)
// Photographs the main pages of a built site on a phone (390 × 844) and a desktop (1280 × 900),
// in the light theme, into docs/screenshots/, for the README.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium, serveSite } from './browser.ts';

const PAGES = {
  home: '',
  note: 'meeting-notes/2024-05/2024-05-09-release-planning/',
  meetings: 'meetings/',
  actions: 'actions/',
  person: 'people/priya/',
  search: 'search/?q=tiles',
};
const SCREENS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

const dist = resolve(process.argv[2] ?? 'dist');
const out = resolve('docs/screenshots');
await mkdir(out, { recursive: true });
const site = await serveSite('astro.config.mjs', dist);
const browser = await launchChromium();
try {
  for (const [screen, viewport] of Object.entries(SCREENS)) {
    const context = await browser.newContext({ viewport, colorScheme: 'light', deviceScaleFactor: 1 });
    for (const [name, path] of Object.entries(PAGES)) {
      const page = await context.newPage();
      await page.goto(`${site.origin}/${path}`);
      if (name === 'search') await page.locator('.minutes-hit').first().waitFor();
      const file = `${out}/${name}-${screen}.jpg`;
      await page.screenshot({ path: file, type: 'jpeg', quality: 70 });
      console.log(file);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.stop();
}
