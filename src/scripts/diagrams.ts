import mermaid from 'mermaid';

/**
 * Draws each mermaid block of a note (mermaid sanitizes what it draws), with its source kept in a
 * disclosure below the drawing, as it was for readers without scripts. Pages with a diagram allow
 * the inline styles mermaid draws with (see [...path].astro).
 */
const { theme } = document.documentElement.dataset;
const dark = theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });

let n = 0;
for (const pre of document.querySelectorAll<HTMLElement>('.prose pre.mermaid')) {
  try {
    const { svg } = await mermaid.render(`minutes-diagram-${n++}`, pre.textContent ?? '');
    const figure = Object.assign(document.createElement('figure'), { className: 'diagram', innerHTML: svg });
    const drawing = figure.querySelector('svg');
    drawing?.setAttribute('role', 'img');
    drawing?.setAttribute('aria-label', 'Diagram; its source follows');
    const details = document.createElement('details');
    details.append(Object.assign(document.createElement('summary'), { textContent: 'Diagram source' }));
    pre.before(figure);
    details.append(pre);
    figure.append(details);
  } catch {
    // A diagram mermaid cannot read stays as its source.
  }
}
