/** The /actions/ pages: one static page per filter, so filtering needs no JavaScript. */
export const ACTION_VIEWS = [
  { view: undefined, label: 'All', path: 'actions/' },
  { view: 'open', label: 'Open', path: 'actions/open/' },
  { view: 'done', label: 'Done', path: 'actions/done/' },
] as const;
