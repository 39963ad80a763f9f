import { isOpen } from '../notes/extract/status.ts';
import { currentStatus, type ItemRef, type Person, personActions, type Series, type Year } from '../notes/indexes.ts';
import type { Site } from './site.ts';
import { ACTION_VIEWS, type ActionView } from './views.ts';

/*
 * What each page of Minutes' own indexes shows (see rows.ts): built in getStaticPaths, once per
 * build, and passed as the page's props.
 */

export const personPage = ({ rows }: Site, person: Person) => {
  const { undated } = personActions(person);
  return {
    name: person.name,
    meetings: rows.meetings(person.meetings, { person: person.name }),
    ...(person.first && person.last ? { first: person.first, last: person.last } : {}),
    ...(person.actions.length > 0 ? { tracked: rows.tracked(person.tracked) } : {}),
    undated: undated.map(rows.itemRow),
  };
};

export function seriesPages({ indexes, rows }: Site) {
  // The series' actions, each once, where its latest mention left it.
  const tracked = Map.groupBy(indexes.tracked, (t) => t.mentions.at(-1)!.meeting?.seriesKey);
  return (series: Series) => {
    const own = tracked.get(series.key) ?? [];
    return {
      name: series.name,
      meetings: rows.meetings(series.meetings, { hideSeries: true }),
      ...(own.length > 0 ? { tracked: rows.tracked(own) } : {}),
    };
  };
}

export const yearPage = ({ rows }: Site, { year, count, days, months }: Year) => ({
  year: { year, count, days: Object.fromEntries(days) },
  months: months.map((m) => ({ month: m.month, meetings: rows.meetings(m.meetings) })),
});

/** The /actions/ pages: the same owners and series on each, the items by where they stand now. */
export function actionPages({ indexes, rows }: Site) {
  // Open, stale and done list each followed action once, at its latest mention.
  const stale = new Set(indexes.tracked.filter((t) => t.stale).map((t) => t.mentions.at(-1)!.item));
  const shown = (view: ActionView) => (a: ItemRef) => {
    const status = currentStatus(indexes, a);
    if (!view) return true;
    if (status === undefined) return false;
    if (view === 'stale') return stale.has(a.item);
    if (view === 'open') return isOpen(status) && !stale.has(a.item);
    return status === 'done';
  };
  const withActions = new Set(indexes.actions.map((a) => a.meeting?.seriesKey));
  const owners = indexes.people
    .filter((p) => p.actions.length > 0)
    .map((p) => ({ ...rows.person(p.name), open: personActions(p).openCount }));
  const series = indexes.series.filter((s) => withActions.has(s.key)).map(rows.named);
  return ACTION_VIEWS.map(({ view }) => ({
    view,
    items: indexes.actions.filter(shown(view)).map(rows.itemRow),
    owners,
    series,
  }));
}
