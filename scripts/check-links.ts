// node scripts/check-links.ts [dist] [--base /minutes/]
// Follows every link, image, script and stylesheet in the built site and reports each internal
// target that is missing, including `#anchors` missing from their page. External links are not
// fetched. Exit 1 when anything is broken. Links the notes themselves break are marked by the
// renderer (`is-invalid-page`, reported by `npm run check` as link/broken) and listed apart.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface LinkReport {
  pages: number;
  links: number;
  /** Internal targets that do not exist, as `page → href`. */
  broken: string[];
  /** Links a note itself gets wrong, already reported by check. */
  known: string[];
}

const ORIGIN = 'https://site.invalid';
const ATTRIBUTES: Record<string, string> = {
  a: 'href',
  link: 'href',
  img: 'src',
  script: 'src',
  source: 'src',
  iframe: 'src',
  video: 'src',
  audio: 'src',
};

export async function checkLinks(dist: string, base = '/'): Promise<LinkReport> {
  const files = new Set(
    (await readdir(dist, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => relative(dist, join(e.parentPath, e.name)).split('\\').join('/')),
  );
  const pages = [...files].filter((f) => f.endsWith('.html')).sort();
  const ids = new Map<string, Set<string>>();
  const report: LinkReport = { pages: pages.length, links: 0, broken: [], known: [] };
  const links: { page: string; href: string; known: boolean }[] = [];

  for (const page of pages) {
    const tree = fromHtml(await readFile(join(dist, page), 'utf8'));
    const own = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (node.properties.id) own.add(String(node.properties.id));
      const attribute = ATTRIBUTES[node.tagName];
      const value = attribute && node.properties[attribute === 'href' ? 'href' : 'src'];
      if (typeof value === 'string')
        links.push({ page, href: value, known: String(node.properties.className ?? '').includes('is-invalid-page') });
    });
    ids.set(page, own);
  }

  const pageUrl = (page: string) => `${base}${page.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
  for (const { page, href, known } of links) {
    const url = new URL(href, `${ORIGIN}${pageUrl(page)}`);
    if (url.origin !== ORIGIN) continue;
    report.links++;
    const path = decodeURIComponent(url.pathname);
    const inside = path.startsWith(base) ? path.slice(base.length) : undefined;
    const target =
      inside === undefined
        ? undefined
        : [inside, `${inside.replace(/\/$/, '')}/index.html`, `${inside}.html`].find((f) =>
            files.has(f.replace(/^\//, '')),
          );
    const anchor = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
    const ok = target !== undefined && (!anchor || ids.get(target.replace(/^\//, ''))?.has(anchor));
    if (!ok) (known ? report.known : report.broken).push(`${page} → ${href}`);
  }
  return report;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--base');
  const base = at >= 0 ? args[at + 1]! : '/';
  const dist = args.find((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1)) ?? 'dist';
  const report = await checkLinks(dist, base.endsWith('/') ? base : `${base}/`);
  for (const line of report.broken) console.log(`broken  ${line}`);
  console.log(
    `${report.links} internal links in ${report.pages} pages: ${report.broken.length} broken` +
      (report.known.length
        ? `; ${report.known.length} in notes that link to missing pages (npm run check reports them)`
        : ''),
  );
  process.exitCode = report.broken.length ? 1 : 0;
}
