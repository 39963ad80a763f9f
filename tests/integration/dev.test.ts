import { spawn } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONFIG, userEnv } from '../build-site.ts';

/** Runs `astro dev` as a reader's machine would and fetches a page once the server answers. */
async function withDevServer(check: (get: (path: string) => Promise<string>) => Promise<void>, notesDir?: string) {
  const port = 4900 + Math.floor(Math.random() * 90);
  const server = spawn(
    process.execPath,
    [
      join('node_modules', 'astro', 'bin', 'astro.mjs'),
      'dev',
      '--config',
      FIXTURE_CONFIG,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    {
      env: { ...userEnv(), ...(notesDir ? { MINUTES_NOTES_DIR: notesDir } : {}) },
      stdio: 'ignore',
    },
  );
  const get = async (path: string) => (await fetch(`http://127.0.0.1:${port}/minutes/${path}`)).text();
  try {
    for (let tries = 0; ; tries++) {
      const ready = await fetch(`http://127.0.0.1:${port}/minutes/`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      if (tries > 120) throw new Error('astro dev did not start');
      await sleep(250);
    }
    await check(get);
  } finally {
    server.kill();
  }
}

describe('astro dev', () => {
  it('says that search needs a build instead of showing a search box that cannot work', async () => {
    await withDevServer(async (get) => {
      const page = await get('search/');
      expect(page).toContain('Search needs a build');
      expect(page).not.toContain('<pagefind-input');
      // The header's search link leads there too, rather than loading an index that is not there.
      expect(await get('')).toMatch(/data-search="[^"]*&quot;dev&quot;:true/);
    });
  });

  it('reloads a note when it changes, and shows a note that breaks without stopping', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-dev-'));
    await cp('tests/fixtures/site', dir, { recursive: true });
    const file = join(dir, 'team', 'roster.md');
    const path = 'team/roster/';
    await withDevServer(async (get) => {
      expect(await get(path)).not.toContain('zebra-crossing');
      await appendFile(file, '\nA new line about the zebra-crossing.\n');
      await expect.poll(() => get(path), { timeout: 30_000, interval: 500 }).toContain('zebra-crossing');
      // A header error: the server goes on, every page names the note, which keeps its last good page.
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/^title: .*$/m, 'title:'));
      await expect
        .poll(() => get(''), { timeout: 30_000, interval: 500 })
        .toMatch(/class="dev-problems"[\s\S]*team\/roster\.md:\d+/);
      expect(await get(path)).toContain('zebra-crossing');
      await writeFile(file, text);
      await expect.poll(() => get(''), { timeout: 30_000, interval: 500 }).not.toContain('class="dev-problems"');
      // The page comes back once the content store has reloaded, which can trail the banner.
      await expect.poll(() => get(path), { timeout: 30_000, interval: 500 }).toContain('zebra-crossing');
    }, dir);
  });
});
