import { describe, expect, it } from 'vitest';
import { html } from '../render.ts';

describe('inline Wiki.js dialect', () => {
  it('renders soft line breaks as <br>', () => {
    expect(html('**Topic**: planning\n**Attendees**: Ana, Bo')).toBe(
      '<p><strong>Topic</strong>: planning<br>\n<strong>Attendees</strong>: Ana, Bo</p>',
    );
  });

  it('renders ~sub~ and ^sup^, and ~~strike~~ as strikethrough', () => {
    expect(html('H~2~O and x^2^ and ~~old~~')).toBe('<p>H<sub>2</sub>O and x<sup>2</sup> and <del>old</del></p>');
  });

  it('leaves tildes and carets with spaces alone', () => {
    expect(html('about ~ 5 and a ^ b')).toBe('<p>about ~ 5 and a ^ b</p>');
  });

  it('renders emoji shortcodes and emoticons', () => {
    expect(html(':tada: done :white_check_mark: thanks :)')).toBe('<p>🎉 done ✅ thanks 😃</p>');
  });

  it('sizes images with =WxH after the source or title', () => {
    expect(html('![logo](/a.png =64x32)', { assets: ['a.png'] })).toBe(
      '<p><img src="/a.png" alt="logo" width="64" height="32" loading="lazy"></p>',
    );
    expect(html('![logo](/a.png "Logo" =100x)', { assets: ['a.png'] })).toBe(
      '<p><img src="/a.png" alt="logo" title="Logo" width="100" loading="lazy"></p>',
    );
  });

  it('renders footnotes and task lists', () => {
    const out = html('Claim[^1]\n\n- [ ] open\n- [x] done\n\n[^1]: Source.');
    expect(out).toContain('<a href="#fn-1" id="fnref-1"');
    expect(out).toContain('<li id="fn-1">');
    expect(out).toContain('<input type="checkbox" disabled aria-label="Not done"> open');
    expect(out).toContain('<input type="checkbox" checked disabled aria-label="Done"> done');
  });
});
