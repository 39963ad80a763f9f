import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Notes folders made to attack the site through what is not a note's text: file names and paths,
 * attachments, hosting files and headers. Generated, not committed: names with line breaks,
 * backslashes and two Unicode spellings do not survive every checkout.
 */

export const header = (title: string, extra = '') =>
  `---\ntitle: ${title}\ndescription: ${title}\npublished: true\ndate: 2024-05-02T10:00:00.000Z\ntags: hostile\n${extra}---\n\n`;

export async function writeFolder(dir: string, files: Record<string, string | Uint8Array>) {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

const script = '<script>document.title = "pwned"</script>';

/** Every file here must be an error in `check` and stop the build, which then writes nothing. */
export const refusedFolder: Record<string, string> = {
  'home.md': `${header('Home')}Welcome.\n`,
  // The site's own files, claimed by attachments (any case) and notes.
  '_astro/search-trigger.js': 'alert(1)',
  'feed.xml': '<rss/>',
  'robots.txt': 'User-agent: *\nDisallow: /\n',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'api/notes.json': '[]',
  'PAGEFIND/pagefind.js': 'alert(1)',
  'sitemap-index.xml': '<urlset/>',
  // Notes where the build writes its scripts and search bundle (Minutes' pages move instead; see
  // routes.ts): _astro/ and pagefind/ hold files the build writes, whatever the case.
  '_Astro.md': `${header('Astro')}Clashes with /_astro/ on hosts that ignore case.\n`,
  'Pagefind/notes.md': `${header('Pagefind notes')}Clashes with /pagefind/.\n`,
  // Names the build cannot serve.
  'back\\slash.md': `${header('Backslash')}x\n`,
  'line\nbreak.md': `${header('Line break')}x\n`,
  'tab\there.md': `${header('Tab')}x\n`,
  '100%.md': `${header('Percent')}x\n`,
  'encoded%25name.md': `${header('Encoded')}x\n`,
  // One URL written two ways: café in NFC and in NFD, and a file named like a note's page.
  'caf\u00e9.md': `${header('Cafe NFC')}x\n`,
  'cafe\u0301.md': `${header('Cafe NFD')}x\n`,
  'plan.md': `${header('Plan')}x\n`,
  plan: 'a file where the page folder of plan.md goes',
  // Keys that plainly decide publication, other than `published`.
  'keys/capital.md': '---\ntitle: Capital\nPublished: false\n---\n\nDraft.\n',
  'keys/upper.md': '---\ntitle: Upper\nPUBLISHED: false\n---\n\nDraft.\n',
  'keys/publish.md': '---\ntitle: Publish\npublish: false\n---\n\nDraft.\n',
  'keys/typo.md': '---\ntitle: Typo\npublised: false\n---\n\nDraft.\n',
  'keys/is-published.md': '---\ntitle: Is published\nisPublished: false\n---\n\nDraft.\n',
  'keys/zero-width.md': '---\ntitle: Zero width\npub\u200blished: false\n---\n\nDraft.\n',
  'keys/draft.md': '---\ntitle: Draft\ndraft: true\n---\n\nDraft.\n',
  'keys/twice.md': '---\ntitle: Twice\npublished: false\ntags: x\npublished: true\n---\n\nDraft.\n',
};

/** The line each refused file is reported at (1 when the file as a whole is the problem). */
export const refusedLines: Record<string, number> = {
  'keys/capital.md': 3,
  'keys/upper.md': 3,
  'keys/publish.md': 3,
  'keys/typo.md': 3,
  'keys/is-published.md': 3,
  'keys/zero-width.md': 3,
  'keys/draft.md': 3,
  'keys/twice.md': 5,
};

/** Files the site must leave out (or sanitize), with a warning each; the rest builds. */
export const leftOutFolder: Record<string, string> = {
  'home.md': `${header('Home')}![diagram](/assets/diagram.svg) ![photo](/assets/photo.png)\n`,
  'assets/photo.png': 'not really a png',
  'assets/diagram.svg': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="document.title='pwned'">${script}<rect width="10" height="10" fill="teal"/></svg>`,
  // Hosting configuration, at the root and below it.
  _headers: '/*\n  Content-Security-Policy: none\n',
  _redirects: '/ https://evil.example 301\n',
  '_routes.json': '{}',
  'netlify.toml': '[[redirects]]\nfrom = "/"\nto = "https://evil.example"\n',
  'vercel.json': '{}',
  'web.config': '<configuration/>',
  CNAME: 'evil.example',
  'team/_redirects': '/ https://evil.example 301\n',
  // Kinds browsers open as documents or run as scripts.
  'files/page.xml': `<x:html xmlns:x="http://www.w3.org/1999/xhtml">${script}</x:html>`,
  'files/page.xht': script,
  'files/page.shtml': script,
  'files/page.mhtml': script,
  'files/zipped.svgz': script,
  'files/tool.js': 'alert(1)',
  'files/old.html': script,
};

export const leftOut = Object.keys(leftOutFolder).filter((f) => !/^(home\.md|assets\/)/.test(f));
