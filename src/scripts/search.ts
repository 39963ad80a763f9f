import { HIGHLIGHT, type SearchOptions } from './search-options.ts';
import { resultTemplateTags } from './search-template.ts';

type Filters = Record<string, string[]>;
type SubResult = { url: string; weighted_locations?: { weight: number }[] };

/**
 * A hit's sub-results that weigh most, in the page's order. Pagefind's UI keeps the ones with the
 * most matched words, which favours a long section over an action item's or decision's one line
 * even when the line is what was searched for; weights (an item's words weigh more) say it.
 */
export function weightiest(subs: SubResult[], count = 3) {
  if (subs.length <= count) return subs;
  const weight = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0);
  const kept = new Set([...subs].sort((a, b) => weight(b) - weight(a)).slice(0, count));
  return subs.filter((s) => kept.has(s));
}

/** The part of a Component UI instance Minutes uses (see Pagefind's custom-components docs). */
export interface SearchInstance {
  options: { bundlePath: string };
  pagefindOptions: Record<string, unknown>;
  faceted: boolean;
  /** Pagefind itself, once loaded (the Component UI's internal, set by Minutes for the dialog). */
  __pagefind__?: unknown;
  /** Which of a hit's sub-results it shows (the Component UI's own, replaced: see weightiest). */
  thinSubResults(subs: SubResult[], count?: number): SubResult[];
  searchTerm: string;
  searchFilters: Filters;
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  triggerLoad(): Promise<void>;
  triggerSearchWithFilters(term: string, filters: Filters): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): SearchInstance } };
    PagefindHighlight?: new (options: { highlightParam: string; markContext: string; addStyles: boolean }) => unknown;
  }
}

let loading: Promise<SearchInstance> | undefined;

/**
 * Loads Pagefind's Component UI and its styles, once, the first time search is opened. Without
 * `filters` (the header's dialog has none) Minutes starts Pagefind itself: the Component UI's own
 * start also fetches every filter file, which on a site of 10,000 notes is most of a first search.
 */
export function loadSearch(options: SearchOptions, { filters }: { filters: boolean }): Promise<SearchInstance> {
  loading ??= (async () => {
    const css = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: `${options.bundle}pagefind-component-ui.css`,
    });
    const styled = new Promise((done) => {
      css.addEventListener('load', done);
      css.addEventListener('error', done);
    });
    document.head.append(css);
    await import(/* @vite-ignore */ `${options.bundle}pagefind-component-ui.js`);
    await styled;
    const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');
    instance.thinSubResults = weightiest;
    // What <pagefind-config> would set. Indexed URLs already hold the site's base, so Pagefind
    // must not add the one it infers from where its bundle is.
    instance.options.bundlePath = options.bundle;
    Object.assign(
      instance.pagefindOptions,
      { baseUrl: '/', highlightParam: HIGHLIGHT, excerptLength: options.excerptLength },
      options.ranking && { ranking: options.ranking },
    );
    if (!filters) {
      // What the Component UI's loader does, less its filters() call; it loads nothing once this is set.
      const pagefind = (await import(/* @vite-ignore */ `${options.bundle}pagefind.js`)) as {
        createInstance(options: Record<string, unknown>): unknown;
      };
      instance.__pagefind__ ??= pagefind.createInstance(instance.pagefindOptions);
    }
    return instance;
  })();
  return loading;
}

type Modal = HTMLElement & { open(): void };
let modal: Modal | undefined;

/** The header's search: Pagefind's modal, with a link to the search page for filters and sorting. Returns its input. */
export async function openModal(options: SearchOptions): Promise<HTMLInputElement> {
  const instance = await loadSearch(options, { filters: false });
  if (!modal) {
    // Parsed in a <template>, whose elements stay inert until inserted. Built with innerHTML on a
    // live <pagefind-modal>, the header was already upgraded when the modal moved it into its
    // <dialog>: that move disconnects and reconnects it, and Pagefind's header builds itself again
    // on reconnecting, with a second close button.
    const template = document.createElement('template');
    template.innerHTML = `<pagefind-modal><pagefind-modal-header><pagefind-input></pagefind-input></pagefind-modal-header>
      <pagefind-modal-body><pagefind-summary></pagefind-summary><pagefind-results>${resultTemplateTags()}</pagefind-results></pagefind-modal-body>
      <pagefind-modal-footer><a class="search-more" href="${options.page}">Filter and sort on the search page</a><pagefind-keyboard-hints></pagefind-keyboard-hints></pagefind-modal-footer></pagefind-modal>`;
    modal = template.content.firstElementChild as Modal;
    document.body.append(modal);
    const more = modal.querySelector<HTMLAnchorElement>('.search-more')!;
    instance.on(
      'search',
      (term) => (more.href = term ? `${options.page}?q=${encodeURIComponent(term)}` : options.page),
    );
  }
  modal.open();
  return modal.querySelector('input')!;
}

/** On a page reached from a result: marks the searched words, and shows the first if no anchor did. */
export async function highlightTerms(options: SearchOptions) {
  await import(/* @vite-ignore */ `${options.bundle}pagefind-highlight.js`);
  new window.PagefindHighlight!({ highlightParam: HIGHLIGHT, markContext: 'article.note', addStyles: false });
  if (!location.hash) document.querySelector('article.note mark')?.scrollIntoView({ block: 'center' });
}
