import { describe, expect, it } from 'vitest';
import { corpusProgress, everyTenth } from '../../src/notes/progress.ts';

describe('progress reports', () => {
  it('reports a long stage once per tenth, ending at its total', () => {
    const seen: number[] = [];
    const report = everyTenth(1000, (done) => seen.push(done));
    for (let done = 250; done <= 10_000; done += 250) report(done, 10_000);
    expect(seen).toEqual([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000]);
  });

  it('says nothing about a short stage', () => {
    const seen: number[] = [];
    const report = everyTenth(1000, (done) => seen.push(done));
    for (let done = 100; done <= 900; done += 100) report(done, 900);
    expect(seen).toEqual([]);
  });

  it('keeps the read and render stages apart', () => {
    const lines: string[] = [];
    const report = corpusProgress(10, (line) => lines.push(line));
    report('read', 20, 20);
    report('render', 10, 20);
    report('render', 20, 20);
    expect(lines).toEqual(['Parsed 20/20 notes', 'Rendered 10/20 notes', 'Rendered 20/20 notes']);
  });
});
