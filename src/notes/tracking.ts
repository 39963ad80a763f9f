import { createHash } from 'node:crypto';
import { isOpen, type ItemStatus, withoutDoneAfter } from './extract/status.ts';
import type { ItemRef, MeetingRef } from './indexes.ts';
import { entry } from './maps.ts';

/** One action followed from meeting to meeting: every note that repeats it is a mention. */
export interface TrackedItem {
  /** `tracked-` and a hash of its series and text: the same on every build while both stay. */
  id: string;
  /** As its latest mention words it. */
  text: string;
  /** Its latest mention's owners, or the latest that names any. */
  owners: string[];
  /** Its latest mention's status: a later "done", "moved" or "cancelled" closes the earlier ones. */
  status: ItemStatus;
  /** Still open, but not mentioned in the last `staleAfter` meetings of its series. */
  stale: boolean;
  /** Oldest first. */
  mentions: ItemRef[];
  first: string;
  last: string;
}

/** How many of the sorted `days` come after `day` (a binary search: a series may have thousands of meetings). */
function countAfter(days: readonly string[], day: string) {
  let [low, high] = [0, days.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid]! <= day) low = mid + 1;
    else high = mid;
  }
  return days.length - low;
}

/** What a meeting's items are followed within: its series, else the folder of its note. */
const scopeOf = (meeting: MeetingRef) => meeting.seriesKey ?? `folder:${meeting.note.id.replace(/[^/]*$/, '')}`;

/**
 * An item's text as it is carried forward: without the owners in parentheses at either end, an
 * issue number, a `- DONE` tail, letter case, punctuation and spacing, so `[TODO] (Salt) Set up
 * the alias` and `[DONE] (Salt) set up the alias - done` are the same action.
 */
export function actionKey(text: string) {
  return (
    withoutDoneAfter(text)
      .toLowerCase()
      .trim()
      // Owners in parentheses at either end; no leading `\s*` on the second, which would retry along a run of spaces.
      .replace(/^\([^()]*\)|\([^()]*\)[\s.]*$/g, ' ')
      .replace(/(?<![\p{L}\p{N}])#\d+(?![\p{L}\p{N}])/gu, ' ')
      .replace(/[^\p{L}\p{N}@]+/gu, ' ')
      .trim()
  );
}

/** Words of an action key, for telling a reworded mention (`3 → 2 volunteers`, a note appended) from another action. */
const wordsOf = (key: string) => new Set(key.split(' ').filter((w) => w.length > 1));

/**
 * How alike two actions' words are: shared words over all words, or fully alike when every word
 * of the shorter is in the longer (`set up the alias` → `set up the alias, waiting on DNS`).
 */
function likeness(a: Set<string>, b: Set<string>) {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const smaller = Math.min(a.size, b.size);
  // All of the shorter's words (three at least) in the longer: the same action with a note added.
  return smaller >= 3 && shared === smaller ? 1 : shared / (a.size + b.size - shared || 1);
}
/** Likeness from which a mention continues an action of the previous meeting whose words changed. */
const REWORDED = 0.7;
/** Rewordings are looked for among at most this many actions of the previous meeting, so a huge one costs no more than its size. */
const MAX_REWORDED = 300;

interface Group {
  key: string;
  words: Set<string>;
  refs: ItemRef[];
  lastDay: string;
}

/**
 * The action items of dated meetings, grouped into tracked items, meeting by meeting within a
 * series (or folder): a mention joins the action with the same words, or else the one action of
 * the previous meeting its words are plainly a rewording of; otherwise it starts an action. The
 * same words twice in one meeting are two actions. Items of undated notes are not followed.
 */
export function trackActions(actions: readonly ItemRef[], meetings: readonly MeetingRef[], staleAfter: number) {
  // Each scope's meeting days, oldest first, to count the meetings since an action's last mention.
  const days = new Map<string, string[]>();
  for (const m of meetings) if (m.date) entry(days, scopeOf(m), () => []).push(m.date);
  for (const list of days.values()) list.sort();

  const byScope = new Map<string, ItemRef[]>();
  for (const ref of actions) if (ref.meeting?.date) entry(byScope, scopeOf(ref.meeting), () => []).push(ref);
  const groups: Group[] = [];
  for (const [scope, refs] of byScope) {
    refs.sort((a, b) => a.meeting!.date!.localeCompare(b.meeting!.date!) || a.item.line - b.item.line);
    const byKey = new Map<string, Group>();
    let previous: Group[] = [];
    let today = new Set<Group>();
    let day = '';
    for (const ref of refs) {
      const key = actionKey(ref.item.text);
      if (!key) continue;
      if (ref.meeting!.date !== day) {
        if (today.size) previous = today.size <= MAX_REWORDED ? [...today] : [];
        [today, day] = [new Set(), ref.meeting!.date!];
      }
      const words = wordsOf(key);
      const same = byKey.get(key);
      let group = same && !today.has(same) ? same : undefined;
      if (!group) {
        const ranked = previous
          .filter((g) => !today.has(g))
          .map((g) => ({ g, like: likeness(words, g.words) }))
          .sort((a, b) => b.like - a.like);
        const [best, next] = ranked;
        if (best && best.like >= REWORDED && (!next || next.like < best.like)) group = best.g;
      }
      if (!group) {
        group = { key: `${scope}\n${key}${byKey.has(key) ? `\n${ref.item.id}` : ''}`, words, refs: [], lastDay: day };
        groups.push(group);
      }
      group.refs.push(ref);
      group.words = words;
      group.lastDay = day;
      today.add(group);
      byKey.set(key, group);
    }
  }

  const tracked = groups.map(({ key, refs: mentions }): TrackedItem => {
    const latest = mentions.at(-1)!;
    const last = latest.meeting!.date!;
    const later = countAfter(days.get(scopeOf(latest.meeting!)) ?? [], last);
    return {
      id: `tracked-${createHash('sha1').update(key).digest('hex').slice(0, 8)}`,
      text: latest.item.text,
      owners: mentions.findLast((m) => m.item.owners.length)?.item.owners ?? [],
      status: latest.item.status,
      stale: isOpen(latest.item.status) && later >= staleAfter,
      mentions,
      first: mentions[0]!.meeting!.date!,
      last,
    };
  });
  return tracked.sort((a, b) => b.last.localeCompare(a.last) || a.id.localeCompare(b.id));
}
