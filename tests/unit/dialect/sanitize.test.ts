import { describe, expect, it } from 'vitest';
import { html } from '../render.ts';

describe('sanitizing raw HTML', () => {
  it.each([
    ['<script>alert(1)</script>', /<script/],
    ['<img src="/x.png" onerror="alert(1)">', /onerror/],
    ['<a href="javascript:alert(1)">j</a>', /javascript:/],
    ['<a href="JaVaScRiPt:alert(1)">j</a>', /javascript:/i],
    ['[x](javascript:alert(1))', /javascript:/],
    ['<a href="data:text/html,<script>alert(1)</script>">d</a>', /data:/],
    ['<iframe src="https://evil.example/"></iframe>', /<iframe/],
    ['<style>body{display:none}</style>', /<style/],
    ['<span style="position:fixed">x</span>', /style=/],
    ['<form action="https://evil.example"><button>go</button></form>', /<form|<button/],
    ['<object data="x.swf"></object><embed src="x.swf">', /<object|<embed/],
    ['<base href="https://evil.example/">', /<base/],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', /<meta/],
    ['<svg><script>alert(1)</script></svg>', /<svg|<script/],
  ])('removes the dangerous part of %s', (input, forbidden) => {
    expect(html(input)).not.toMatch(forbidden);
  });

  it('keeps harmless HTML Wiki.js pages use', () => {
    const out = html(
      '<details><summary>More</summary>\n\nHidden <kbd>Ctrl</kbd>\n\n</details>\n\n<mark>marked</mark> <abbr title="x">X</abbr>',
    );
    expect(out).toContain('<details><summary>More</summary>');
    expect(out).toContain('<kbd>Ctrl</kbd>');
    expect(out).toContain('<mark>marked</mark>');
  });

  it('drops HTML comments', () => {
    expect(html('a <!-- secret --> b')).toBe('<p>a  b</p>');
  });

  it('keeps iframes only from allow-listed HTTPS hosts, sandboxed', () => {
    const input =
      '<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>\n\n<iframe src="https://evil.example/"></iframe>\n\n<iframe src="http://www.youtube-nocookie.com/embed/y"></iframe>';
    const out = html(input, { iframeHosts: ['www.youtube-nocookie.com'] });
    expect(out.match(/<iframe/g)).toHaveLength(1);
    expect(out).toContain('src="https://www.youtube-nocookie.com/embed/x"');
    expect(out).toContain('sandbox="allow-scripts allow-same-origin allow-popups"');
  });
});
