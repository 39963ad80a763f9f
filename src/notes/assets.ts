import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { OPEN_FILES } from './files.ts';
import { mebibytes } from './format.ts';
import pMap from 'p-map';
import { sanitizeSvg } from './svg.ts';

/**
 * The files of a notes folder that are not notes come from contributors like the notes do, and
 * are served from the site's own origin. Only what a browser shows as an inert file is copied as
 * it is; SVG images are copied sanitized; the rest is left out with a warning.
 */

/** What the common static hosts accept (Cloudflare Pages: 20,000 files of at most 25 MiB). */
export const HOST_LIMITS = { files: 20_000, fileBytes: 25 * 1024 * 1024 };

/** Files static hosts read as their configuration when found in the published folder. */
const HOSTING_FILES = new Set([
  '_headers',
  '_redirects',
  '_routes.json',
  '_worker.js',
  'netlify.toml',
  'vercel.json',
  'now.json',
  'web.config',
  'cname',
  'staticwebapp.config.json',
  'serve.json',
  'firebase.json',
  '_config.yml',
  'amplify.yml',
  'static.json',
]);
/** Wiki.js visual-editor pages: a page of their own, which Minutes cannot render. */
const HTML_PAGE = /\.(html?|xhtml)$/i;
/**
 * Kinds a browser opens as a document or runs as a script. Served from the site's origin, their
 * scripts would run with the site's privileges (the pages' CSP does not cover them).
 */
const ACTIVE =
  /\.(xht|shtml?|mht(ml)?|xml|xslt?|rss|atom|rdf|svgz|m?js|cjs|jsx|tsx?|wasm|swf|xul|xbl|hta|appcache|webmanifest)$/i;
const SVG = /\.svg$/i;

export interface AssetPlan {
  /** Files copied as they are, or sanitized on the way (SVG): the site's attachments, sorted. */
  copy: string[];
  diagnostics: Diagnostic[];
}

/** Sorts the folder's other files into those the site serves and those it leaves out, with why. */
export async function planAssets(dir: string, files: readonly string[]): Promise<AssetPlan> {
  const copy: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const svgs: string[] = [];
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (HOSTING_FILES.has(name.toLowerCase())) {
      diagnostics.push(
        diagnostic(
          file,
          undefined,
          'asset/hosting',
          `"${name}" is hosting configuration (redirects, headers or routes for the whole site); it is not copied.`,
          "Configure the host in the site's own repository settings, not in the notes folder; or delete the file.",
        ),
      );
    } else if (HTML_PAGE.test(file)) {
      diagnostics.push(
        diagnostic(
          file,
          undefined,
          'file/unsupported',
          'HTML pages (Wiki.js visual editor) are not rendered and not copied.',
        ),
      );
    } else if (ACTIVE.test(file)) {
      diagnostics.push(
        diagnostic(
          file,
          undefined,
          'asset/active',
          'Browsers run files of this kind as a page or a script, so it is not copied to the site.',
        ),
      );
    } else if (SVG.test(file)) svgs.push(file);
    else copy.push(file);
  }
  const checked = await pMap(
    svgs,
    async (file) => [file, await sanitizeSvg(await readFile(join(dir, file)))] as const,
    { concurrency: OPEN_FILES },
  );
  for (const [file, result] of checked) {
    if (!result.ok) {
      diagnostics.push(diagnostic(file, undefined, 'asset/svg', `This SVG is not copied: ${result.reason}.`));
      continue;
    }
    copy.push(file);
    if (result.removed.length) {
      diagnostics.push(
        diagnostic(
          file,
          undefined,
          'asset/svg',
          `Removed from this SVG before publishing it: ${result.removed.join('; ')}.`,
          'Images may not hold scripts, event handlers, embedded pages or references to other sites; export the image without them.',
        ),
      );
    }
  }
  const sizes = await pMap(copy, async (file) => [file, (await stat(join(dir, file))).size] as const, {
    concurrency: OPEN_FILES,
  });
  for (const [file, size] of sizes) {
    if (size > HOST_LIMITS.fileBytes) {
      diagnostics.push(
        diagnostic(
          file,
          undefined,
          'asset/too-large',
          `${mebibytes(size)}: larger than static hosts accept (Cloudflare Pages: ${mebibytes(HOST_LIMITS.fileBytes)} a file).`,
        ),
      );
    }
  }
  return { copy: copy.sort(), diagnostics };
}

/**
 * Copies the planned attachments into the built site. A file is never written over one that is
 * already there: the site's own files win, whatever order the build writes them in.
 */
export async function copyAssets(
  dir: string,
  out: string,
  files: readonly string[],
): Promise<{ copied: number; clashes: string[] }> {
  const clashes: string[] = [];
  await pMap(
    files,
    async (file) => {
      const target = join(out, file);
      try {
        await mkdir(dirname(target), { recursive: true });
        if (SVG.test(file)) {
          const result = await sanitizeSvg(await readFile(join(dir, file)));
          if (result.ok) await writeFile(target, result.svg, { flag: 'wx' });
        } else {
          await copyFile(join(dir, file), target, constants.COPYFILE_EXCL);
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' || code === 'EISDIR' || code === 'ENOTDIR') clashes.push(file);
        else throw error;
      }
    },
    { concurrency: OPEN_FILES },
  );
  return { copied: files.length - clashes.length, clashes };
}
