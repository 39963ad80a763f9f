import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Workflow = {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
};

/** The GitHub actions the workflows may use, at their current major versions. */
const OFFICIAL = {
  'actions/checkout': 'v6',
  'actions/setup-node': 'v6',
  'actions/cache': 'v6',
  'actions/configure-pages': 'v6',
  'actions/upload-pages-artifact': 'v5',
  'actions/deploy-pages': 'v5',
};

const load = async (name: string) =>
  parse(await readFile(`.github/workflows/${name}`, 'utf8'), { strict: true, uniqueKeys: true }) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

describe('GitHub workflows', () => {
  it('use only official actions at their current major version', async () => {
    for (const name of ['pull-request.yml', 'deploy.yml']) {
      for (const { uses } of steps(await load(name)).filter((s) => s.uses)) {
        const [action, version] = uses!.split('@');
        expect(OFFICIAL, `${name}: ${uses}`).toHaveProperty([action!], version);
      }
    }
  });

  it('check the changed notes of a pull request against its base, then test and build', async () => {
    const pr = await load('pull-request.yml');
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(pr.permissions).toEqual({ contents: 'read' });
    const all = steps(pr);
    const check = all.find((s) => s.run?.includes('npm run check'))!;
    expect(check.run).toBe('npm run check -- --changed "origin/$BASE_REF"');
    expect(check.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(all.filter((s) => s.uses?.startsWith('actions/checkout')).every((s) => s.with?.['fetch-depth'] === 0)).toBe(
      true,
    );
    expect(all.map((s) => s.run).filter(Boolean)).toEqual(expect.arrayContaining(['npm test', 'npm run build']));
  });

  it('deploy to GitHub Pages with full history, the Pages URL and its subpath', async () => {
    const deploy = await load('deploy.yml');
    expect(deploy.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    const build = deploy.jobs.build!.steps;
    expect(build.find((s) => s.uses?.startsWith('actions/checkout'))!.with).toEqual({ 'fetch-depth': 0 });
    expect(build.find((s) => s.run?.startsWith('npm run build'))!.env).toEqual({
      ORIGIN: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    expect(build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!.with).toEqual({ path: 'dist' });
    expect(deploy.jobs.deploy!.needs).toBe('build');
  });

  it('restore the note cache after installing, in every job that reads the notes', async () => {
    for (const workflow of [await load('pull-request.yml'), await load('deploy.yml')]) {
      const readers = Object.values(workflow.jobs).filter((j) =>
        j.steps.some((s) => /npm run (check|build)/.test(s.run ?? '')),
      );
      expect(readers).not.toEqual([]);
      for (const job of readers) {
        const at = job.steps.findIndex((s) => s.uses?.startsWith('actions/cache'));
        expect(job.steps[at]?.with).toMatchObject({
          path: 'node_modules/.cache/minutes',
          'restore-keys': 'minutes-notes-',
        });
        expect(at).toBeGreaterThan(job.steps.findIndex((s) => s.run?.startsWith('npm ci')));
      }
    }
  });
});
