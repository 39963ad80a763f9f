// What a page's content asks for, each loaded only where it is (mermaid alone is most of a megabyte).
if (document.querySelector('.prose pre:not(.mermaid)')) void import('./copy-code.ts');
if (document.querySelector('.prose pre.mermaid')) void import('./diagrams.ts');
if (document.querySelector('[data-item-filter]')) void import('./item-filter.ts');

export {};
