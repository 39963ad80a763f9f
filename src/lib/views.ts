import { routePath } from './format.ts';

/** The /actions/ pages: one static page per filter, so filtering needs no JavaScript. */
export const ACTION_VIEWS = [
  { view: undefined, label: 'All', path: routePath('actions') },
  { view: 'open', label: 'Open', path: routePath('actions', 'open/') },
  { view: 'done', label: 'Done', path: routePath('actions', 'done/') },
] as const;
