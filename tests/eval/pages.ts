// node tests/eval/pages.ts <built site> <notes dir> [config file]
// Opens a built real wiki as its readers do, in Chromium: the index pages, the five largest notes
// and five more sampled evenly, at 320, 390 and 1280 px in the light and dark themes. Reports
// every page that scrolls sideways and every axe-core violation (WCAG 2.1 A/AA and best
// practice), by rule. Exit 1 on any: the site's own pages and the notes' content must both pass.
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { launchChromium, serveSite } from '../../scripts/browser.ts';
import { scanNotesFolder } from '../../src/notes/files.ts';
import { notePath } from '../../src/notes/routes.ts';

const [distArg, notesArg, configArg] = process.argv.slice(2);
if (!distArg || !notesArg) throw new Error('usage: node tests/eval/pages.ts <built site> <notes dir> [config file]');
const dist = resolve(distArg);
const config = configArg ?? new URL('mathesar.config.mjs', import.meta.url).pathname;

// Notes by size, largest first, that the build wrote a page for.
const { notes } = await scanNotesFolder(resolve(notesArg));
const sized = await Promise.all(
  notes.map(async (file) => ({
    path: notePath(file.replace(/\.md$/i, '')),
    size: (await stat(join(notesArg, file))).size,
  })),
);
const built = (
  await Promise.all(
    sized.map(async (n) => ((await stat(join(dist, n.path, 'index.html')).catch(() => undefined)) ? n : undefined)),
  )
).filter((n) => n !== undefined);
built.sort((a, b) => b.size - a.size);
const sampled = built.filter((_, i) => i % Math.max(1, Math.floor(built.length / 5)) === 0).slice(0, 5);
const pages = [
  ...['', 'meetings/', 'actions/', 'decisions/', 'people/', 'dates/', 'series/', 't/', 'browse/'],
  ...new Set([...built.slice(0, 5), ...sampled].map((n) => n.path)),
];

const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = await serveSite(config, dist);
const browser = await launchChromium();
const sideways: string[] = [];
const violations = new Map<string, Set<string>>();
try {
  for (const scheme of ['light', 'dark'] as const)
    for (const width of [320, 390, 1280]) {
      // The CSP would rightly refuse axe's own script; only this audit context lifts it.
      const context = await browser.newContext({
        bypassCSP: true,
        colorScheme: scheme,
        viewport: { width, height: 800 },
      });
      for (const path of pages) {
        const page = await context.newPage();
        await page.goto(`${site.origin}/${path}`);
        const wide = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (wide > 1) sideways.push(`/${path} at ${width} px (${scheme}): ${wide} px too wide`);
        await page.evaluate(axe);
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run(c: Document, o: object): Promise<unknown> } }).axe.run(document, {
            runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
          }),
        )) as { violations: { id: string }[] };
        for (const v of result.violations) {
          if (!violations.has(v.id)) violations.set(v.id, new Set());
          violations.get(v.id)!.add(`/${path} (${width} px, ${scheme})`);
        }
        await page.close();
      }
      await context.close();
    }
} finally {
  await browser.close();
  await site.stop();
}
for (const line of sideways) console.log(`  sideways: ${line}`);
for (const [rule, where] of violations)
  console.log(
    `  axe ${rule}: ${[...where].slice(0, 4).join(', ')}${where.size > 4 ? ` and ${where.size - 4} more` : ''}`,
  );
console.log(
  `pages: ${pages.length} pages (index pages, the 5 largest notes, 5 sampled) × 3 widths × 2 themes · sideways ${sideways.length} · axe violations ${[...violations.values()].reduce((n, s) => n + s.size, 0)} (${violations.size} rules)`,
);
process.exit(sideways.length || violations.size ? 1 : 0);
