import { createHash } from 'node:crypto';

/**
 * The only scripts written into pages rather than loaded: the theme must be set before the first
 * paint, and the toggle is a few lines. Kept here as text so the Content-Security-Policy can list
 * their hashes (Astro hashes the scripts it bundles, not inline ones).
 */
export const THEME_INIT = `try { const t = localStorage.getItem('minutes-theme'); if (t) document.documentElement.dataset.theme = t; } catch {}`;

export const THEME_TOGGLE = `(() => {
  const root = document.documentElement;
  const button = document.querySelector('[data-theme-toggle]');
  const current = () => root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const label = () => button.setAttribute('aria-label', \`Switch to \${current() === 'dark' ? 'light' : 'dark'} theme\`);
  button.hidden = false;
  label();
  button.addEventListener('click', () => {
    root.dataset.theme = current() === 'dark' ? 'light' : 'dark';
    try { localStorage.setItem('minutes-theme', root.dataset.theme); } catch {}
    label();
  });
})();`;

/** CSP source expressions for the inline scripts. */
export const inlineScriptHashes = () =>
  [THEME_INIT, THEME_TOGGLE].map((s) => `sha256-${createHash('sha256').update(s).digest('base64')}` as const);
