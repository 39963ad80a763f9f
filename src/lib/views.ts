import { href, routePath } from './format.ts';

/** The site header's links, the same on every page. */
export const SITE_NAV = (
  [
    ['Meetings', 'meetings'],
    ['Dates', 'dates'],
    ['Series', 'series'],
    ['Actions', 'actions'],
    ['Decisions', 'decisions'],
    ['People', 'people'],
    ['Tags', 't'],
    ['Browse', 'browse'],
  ] as const
).map(([label, route]) => ({ label, path: routePath(route), href: href(routePath(route)) }));

/** The /actions/ pages: one static page per filter, so filtering needs no JavaScript. */
export const ACTION_VIEWS = [
  { view: undefined, label: 'All', path: routePath('actions') },
  { view: 'open', label: 'Open', path: routePath('actions', 'open/') },
  { view: 'stale', label: 'Stale', path: routePath('actions', 'stale/') },
  { view: 'done', label: 'Done', path: routePath('actions', 'done/') },
] as const;
export type ActionView = (typeof ACTION_VIEWS)[number]['view'];

/** A list (newest first) by month, as `dateOf` gives it; what has no date comes last, without a month. */
export function byMonth<T>(list: readonly T[], dateOf: (x: T) => string | undefined): { month?: string; list: T[] }[] {
  const months: { month?: string; list: T[] }[] = [];
  for (const x of list) {
    const month = dateOf(x)?.slice(0, 7);
    const last = months.at(-1);
    if (last && last.month === month) last.list.push(x);
    else months.push({ ...(month ? { month } : {}), list: [x] });
  }
  return months;
}

/** Months a long log shows open: its newest two, or all when only one more would be folded. */
export const shownOpen = (index: number, months: number) => index < 2 || months <= 3;
