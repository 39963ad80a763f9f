import { HIGHLIGHT, readOptions } from './search-options.ts';

/** Pagefind and the rest of search load on first use, not with every page. */
const search = () => import('./search.ts');

// Every page: the header's search link opens search with a click, `/` or Ctrl/Cmd+K. Pagefind
// itself loads only then (or on arriving from a result, to highlight the searched words).
const trigger = document.querySelector<HTMLAnchorElement>('[data-search]');
if (trigger) {
  const options = readOptions(trigger, 'search');
  const pageInput = () => document.querySelector<HTMLInputElement>('[data-search-page] input');
  const open = () => {
    if (options.dev) location.assign(options.page);
    else if (pageInput()) pageInput()!.focus();
    else void openWhileTyping();
  };
  // Search loads on first use: what the reader types meanwhile goes into its box, not nowhere.
  let opening = false;
  const openWhileTyping = async () => {
    if (opening) return;
    opening = true;
    let typed = '';
    const keep = (event: KeyboardEvent) => {
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
      typed += event.key;
      event.preventDefault();
    };
    document.addEventListener('keydown', keep);
    try {
      const input = await (await search()).openModal(options);
      if (typed) {
        input.value += typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    } finally {
      document.removeEventListener('keydown', keep);
      opening = false;
    }
  };
  trigger.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open();
  });
  const typing = (target: EventTarget | null) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    if (event.defaultPrevented || !(slash || k)) return;
    event.preventDefault();
    open();
  });
  if (!options.dev && new URLSearchParams(location.search).has(HIGHLIGHT))
    void search().then((s) => s.highlightTerms(options));
}
