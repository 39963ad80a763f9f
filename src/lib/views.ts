import type { ItemRef } from '../notes/indexes.ts';
import { routePath } from './format.ts';

/** The /actions/ pages: one static page per filter, so filtering needs no JavaScript. */
export const ACTION_VIEWS = [
  { view: undefined, label: 'All', path: routePath('actions') },
  { view: 'open', label: 'Open', path: routePath('actions', 'open/') },
  { view: 'stale', label: 'Stale', path: routePath('actions', 'stale/') },
  { view: 'done', label: 'Done', path: routePath('actions', 'done/') },
] as const;
export type ActionView = (typeof ACTION_VIEWS)[number]['view'];

/** Items (newest meeting first) by the month of their meeting; items of undated notes last, without one. */
export function byMonth(refs: readonly ItemRef[]): { month?: string; items: ItemRef[] }[] {
  const months: { month?: string; items: ItemRef[] }[] = [];
  for (const ref of refs) {
    const month = ref.meeting?.date?.slice(0, 7);
    const last = months.at(-1);
    if (last && last.month === month) last.items.push(ref);
    else months.push({ ...(month ? { month } : {}), items: [ref] });
  }
  return months;
}
