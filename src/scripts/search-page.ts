import { readOptions } from './search-options.ts';
import { loadSearch, type SearchInstance } from './search.ts';

type Backend = { search(term: string | null, options: Record<string, unknown>): Promise<unknown> };

// The search page keeps its whole state in the URL (`?q=pgbouncer&person=Brent&sort=date`), so a
// search can be shared and other pages can link into a filtered one.
const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);

async function start(root: HTMLElement) {
  const instance = await loadSearch(readOptions(root, 'searchPage'), { filters: true });
  const sort = root.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const params = new URLSearchParams(location.search);
  // Besides `q` and `sort`, one repeatable parameter per filter the page offers.
  const names = [...root.querySelectorAll('pagefind-filter-dropdown')].map((d) => d.getAttribute('filter')!);
  const filters = Object.fromEntries(names.flatMap((f) => (params.getAll(f).length ? [[f, params.getAll(f)]] : [])));
  sort.value = params.get('sort') === 'date' ? 'date' : '';

  await instance.triggerLoad();
  sortBy(instance, () => (sort.value === 'date' ? { date: 'desc' } : undefined));

  nameFilterMenus(root);
  instance.on('search', (term, current) => {
    // With filters but no words, list everything the filters match.
    instance.faceted = Object.values(current).some((v) => v.length > 0);
    const url = new URLSearchParams();
    if (term) url.set('q', term);
    for (const [name, values] of Object.entries(current)) for (const v of values) url.append(name, v);
    if (sort.value) url.set('sort', sort.value);
    history.replaceState(null, '', `${location.pathname}${url.size ? `?${url}` : ''}`);
  });
  sort.addEventListener('change', () => instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters));
  // Words typed while Pagefind loaded win over the URL's: the reader has moved on from it.
  const input = root.querySelector('input');
  instance.triggerSearchWithFilters(input?.value || params.get('q') || '', filters);
  input?.focus();
}

/**
 * Pagefind can sort by meeting date, but its Component UI has no sort control: the search page
 * passes the chosen order to every search the components make.
 */
function sortBy(instance: SearchInstance, order: () => Record<string, string> | undefined) {
  const backend = (instance as unknown as { __pagefind__: Backend }).__pagefind__;
  const search = backend.search.bind(backend);
  backend.search = (term, options) => search(term, { ...options, ...(order() ? { sort: order() } : {}) });
}

/**
 * Pagefind's filter menus name their button only while a value is selected ("Person, 1 filter
 * selected"); a combobox takes no name from its text, so otherwise a screen reader hears none.
 */
function nameFilterMenus(root: HTMLElement) {
  const name = () => {
    for (const menu of root.querySelectorAll('pagefind-filter-dropdown')) {
      const button = menu.querySelector('[role="combobox"]');
      if (button && !button.hasAttribute('aria-label'))
        button.setAttribute('aria-label', menu.getAttribute('label') ?? '');
    }
  };
  name();
  new MutationObserver(name).observe(root, { subtree: true, childList: true, attributeFilter: ['aria-label'] });
}
