import type { Item } from '../notes/extract/items.ts';
import { isOpen } from '../notes/extract/status.ts';
import type { MeetingRef, Series } from '../notes/indexes.ts';
import { breadcrumbPaths, type NoteData } from '../notes/tree.ts';
import { clip, folderName, meetingHref, noteHref } from './format.ts';
import { type ListedRow, sectionRows } from './listing.ts';
import type { AttendeeRow, ItemView, Named } from './rows.ts';
import { config, type NoteEntry, type Site } from './site.ts';

/** A crumb: an ancestor page, or `undefined` for the levels left out. */
export type Crumb = { href: string; label: string } | undefined;

/** An action item or decision above a note, with the meetings that carried it (an action of several). */
export interface SummaryItem {
  item: ItemView;
  /** Its line on this page. */
  href: string;
  mentions?: ({ here: boolean; href: string } & Dated)[];
}

export interface NotePage {
  entry: NoteEntry;
  crumbs: Crumb[];
  series?: Named;
  /** The note's attendees in its header: none for a note of several meetings, which lists them per meeting. */
  attendees: AttendeeRow[];
  nav?: {
    series: Named;
    /** 1-based. */
    at: number;
    of: number;
    prev?: Neighbour;
    next?: Neighbour;
  };
  meetings?: { anchor: string; date: string; series?: Named; attendees: AttendeeRow[] }[];
  actions: SummaryItem[];
  decisions: SummaryItem[];
  open: number;
  backlinks: { href: string; title: string }[];
  sections: ListedRow[];
  editHref?: string;
}

export type Neighbour = { href: string } & Dated;

/** A meeting named by its date, or by its title when it has none. */
type Dated = { date: string; title?: undefined } | { date?: undefined; title: string };

export interface FolderPage {
  folder: string;
  crumbs: Crumb[];
  sections: ListedRow[];
}

/** Everything a note's page shows besides the site's frame: its entry and what the rest of the site says of it. */
export function notePage({ indexes, rows, tree, byId }: Site, entry: NoteEntry): NotePage {
  const note: NoteData = entry.data;
  const series = rows.series(note.series);
  const nav = series && seriesNav(indexes.seriesBySlug.get(series.slug)!, note.id);
  const action = (a: Item): SummaryItem => {
    const mentions = indexes.trackedByItem.get(a)?.mentions ?? [];
    return {
      item: rows.item(a),
      href: `#${a.id}`,
      ...(mentions.length > 1
        ? {
            mentions: mentions.map((m) => ({
              here: m.item === a,
              href: noteHref(m.note.id, m.item.id),
              // A dated meeting is named by its date only.
              ...(m.meeting?.date ? { date: m.meeting.date } : { title: m.meeting?.title ?? m.note.title }),
            })),
          }
        : {}),
    };
  };
  return {
    entry,
    crumbs: crumbs(byId, note.id),
    ...(series ? { series } : {}),
    attendees: note.meetings ? [] : rows.attendees(note.attendees),
    ...(nav ? { nav: { series: series!, ...nav } } : {}),
    ...(note.meetings
      ? {
          meetings: note.meetings.map((m) => {
            const series = rows.series(m.series);
            return {
              anchor: m.anchor,
              date: m.date,
              ...(series ? { series } : {}),
              attendees: rows.attendees(m.attendees),
            };
          }),
        }
      : {}),
    actions: note.actions.map(action),
    decisions: note.decisions.map((d) => ({ item: rows.item(d), href: `#${d.id}` })),
    open: note.actions.filter((a) => isOpen(a.status)).length,
    backlinks: (indexes.backlinks.get(note.id) ?? []).map((n) => ({ href: noteHref(n.id), title: n.title })),
    sections: sectionRows(tree, note.id),
    ...(config.editUrl ? { editHref: editHref(config.editUrl, note.file) } : {}),
  };
}

/** Where a note stands in its series, and its neighbours; nothing for a series of one. */
function seriesNav(series: Series, id: string) {
  if (series.meetings.length < 2) return undefined;
  const at = series.position.get(id) ?? -1;
  const neighbour = (m?: MeetingRef): Neighbour | undefined =>
    m && { href: meetingHref(m), ...(m.date ? { date: m.date } : { title: m.title }) };
  return {
    at: at + 1,
    of: series.meetings.length,
    ...(at > 0 ? { prev: neighbour(series.meetings[at - 1]) } : {}),
    ...(at >= 0 && at + 1 < series.meetings.length ? { next: neighbour(series.meetings[at + 1]) } : {}),
  };
}

const editHref = (editUrl: string, file: string) =>
  new URL(file.split('/').map(encodeURIComponent).join('/'), editUrl.replace(/\/?$/, '/')).href;

/** A folder without a note of its own: its crumbs and what it holds. */
export const folderPage = ({ byId, tree }: Site, folder: string): FolderPage => ({
  folder,
  crumbs: crumbs(byId, folder),
  sections: sectionRows(tree, folder),
});

/** A few ancestors, not all: each crumb links to its whole path (see breadcrumbPaths). */
const crumbs = (byId: Site['byId'], path: string): Crumb[] =>
  breadcrumbPaths(path).map((id) =>
    id === undefined ? undefined : { href: noteHref(id), label: clip(byId.get(id)?.data.title ?? folderName(id)) },
  );
