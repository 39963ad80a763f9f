import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { preview } from 'astro';
import { type Browser, chromium } from 'playwright-core';

/** Flags for a headless Chromium on a machine with a closed network and no GPU. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Headless Chromium from, in order: `CHROMIUM_PATH`, the system's /usr/bin/chromium, or the
 * @sparticuz/chromium devDependency (a real Chromium in an npm package, so `npm install` is
 * enough). Its `--single-process` flag is dropped: it kills the browser when a page closes.
 */
export async function launchChromium(): Promise<Browser> {
  let executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  let args = FLAGS;
  if (!executablePath) {
    const { default: packaged } = await import('@sparticuz/chromium');
    executablePath = await packaged.executablePath();
    args = [...new Set([...packaged.args.filter((a) => a !== '--single-process'), ...FLAGS])];
  }
  return chromium.launch({ executablePath, args, headless: true });
}

/** Serves a built site with `astro preview` (base and trailing slashes as deployed); returns its origin. */
export async function serveSite(configFile: string, outDir: string) {
  const port = 4400 + Math.floor(Math.random() * 500);
  // Astro resolves the config file from the project root, so it gets a relative path.
  const server = await preview({
    configFile: relative(process.cwd(), resolve(configFile)),
    outDir,
    logLevel: 'error',
    server: { port, host: '127.0.0.1' },
  });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
