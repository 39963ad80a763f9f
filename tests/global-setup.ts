import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture wiki built once for every test file that reads or serves the site. */
    fixtureDist: string;
  }
}

export default async function setup(project: TestProject) {
  const { outDir, status, output } = await buildSite('tests/fixtures/site');
  if (status !== 0) throw new Error(`The fixture site did not build:\n${output}`);
  project.provide('fixtureDist', outDir);
}
