import { afterEach, describe, expect, it } from 'vitest';
import { condensePageLog } from '../../src/page-log.ts';

describe('the condensed page log', () => {
  const original = process.stdout.write;
  afterEach(() => {
    process.stdout.write = original;
  });

  it('holds back the per-page lines, says every so many pages, and counts those copied from the last build', () => {
    const passed: string[] = [];
    process.stdout.write = ((chunk: string) => passed.push(chunk) > 0) as typeof process.stdout.write;
    const said: string[] = [];
    const log = condensePageLog(2, (line) => said.push(line));
    const page = (path: string, time: string) => {
      process.stdout.write(`12:00:00   ├─ ${path}`);
      process.stdout.write(` ${time}\n`);
    };
    page('/a/index.html', '(+12ms)');
    page('/b/index.html', '(cached)');
    process.stdout.write('something else\n');
    page('/c/index.html', '(restored)');
    expect(log.restore()).toEqual({ pages: 3, copied: 2 });
    expect(said).toEqual(['2 pages written']);
    expect(passed).toEqual(['something else\n']);
  });
});
