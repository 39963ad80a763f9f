import { describe, expect, it } from 'vitest';
import { emojify } from '../../../src/notes/dialect/emoji.ts';
import { html, render } from '../render.ts';

describe('emoji as Wiki.js converts them (markdown-it-emoji, full set)', () => {
  it('knows the gemoji names, anywhere in text, and only those', () => {
    expect(emojify('x:smile:y :satisfied: :partying_face: :+1:')).toBe('x😄y 😆 🥳 👍');
    // Names of other emoji lists are left as written.
    expect(emojify(':partying: :zany:')).toBeUndefined();
  });

  it('converts its emoticons only between spaces, punctuation and ends of text', () => {
    expect(emojify(':) (:-(), 8-) <3')).toBe('😃 (😦), 😎 ❤️');
    expect(emojify('a:) :)b https://x.org')).toBeUndefined();
    // Shortcuts markdown-it-emoji does not have.
    expect(emojify('B) :\\ XD')).toBeUndefined();
  });

  it('leaves a heading starting "B)" as written, with the id Wiki.js gives it', () => {
    const { html: out, headings } = render('## B) Enable the Auth0 strategy');
    expect(out).toContain('>B) Enable the Auth0 strategy<');
    expect(headings[0]?.slug).toBe('b-enable-the-auth0-strategy');
  });

  it('never lets an emoji change a heading id', () => {
    const ids = render('### **Web Server** :cloud:\n\n## :one: Step\n\n## Plan 🎉').headings.map((h) => h.slug);
    expect(ids).toEqual(['web-server', 'step', 'plan']);
  });

  it('converts in link text and headings, not in autolinks or code', () => {
    expect(html('[go :rocket:](/home) <https://x.org/:D> www.x.org/:smile:a `:smile:`')).toBe(
      '<p><a href="/" class="is-internal-link">go 🚀</a> <a href="https://x.org/:D" class="is-external-link">https://x.org/:D</a> ' +
        '<a href="http://www.x.org/:smile:a" class="is-external-link">www.x.org/:smile:a</a> <code>:smile:</code></p>',
    );
  });
});
