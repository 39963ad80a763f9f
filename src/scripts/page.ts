// The one script every page loads, kept small: search when it is used, and what a page's content
// asks for, loaded only on the pages that have it.
import './search-trigger.ts';

if (document.querySelector('.prose pre:not(.mermaid)')) void import('./copy-code.ts');
if (document.querySelector('.prose pre.mermaid')) void import('./diagrams.ts');
