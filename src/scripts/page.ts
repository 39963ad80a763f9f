// The one script every page loads, kept small: search when it is used, and, on pages whose
// content asks for more (code, diagrams, a log to filter), the module that loads what it asks for.
import './search-trigger.ts';

if (document.querySelector('.prose pre, [data-item-filter]')) void import('./enhance.ts');
