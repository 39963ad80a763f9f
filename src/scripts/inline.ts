import { createHash } from 'node:crypto';

/**
 * The only scripts written into pages rather than loaded: the theme must be set before the first
 * paint, and the toggle is a few lines. Kept here as text so the Content-Security-Policy can list
 * their hashes (Astro hashes the scripts it bundles, not inline ones).
 *
 * The stored theme is `light`, `dark` or `system`; the style sheet forces only the first two, so
 * with `system` (or nothing stored) the page follows prefers-color-scheme, also as it changes.
 */
export const THEME_INIT = `try { const t = localStorage.getItem('minutes-theme'); if (t) document.documentElement.dataset.theme = t; } catch {}`;

export const THEME_TOGGLE = `(() => {
  const root = document.documentElement;
  const group = document.querySelector('[data-theme-toggle]');
  const show = () => {
    for (const button of group.querySelectorAll('button'))
      button.setAttribute('aria-pressed', String(button.value === (root.dataset.theme || 'system')));
  };
  group.hidden = false;
  show();
  group.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    root.dataset.theme = button.value;
    try { localStorage.setItem('minutes-theme', button.value); } catch {}
    show();
  });
})();`;

/** CSP source expressions for the inline scripts. */
export const inlineScriptHashes = () =>
  [THEME_INIT, THEME_TOGGLE].map((s) => `sha256-${createHash('sha256').update(s).digest('base64')}` as const);
