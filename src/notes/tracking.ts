import { createHash } from 'node:crypto';
import { isOpen, type ItemStatus } from './extract/status.ts';
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

/** What a meeting's items are followed within: its series, else the folder of its note. */
const scopeOf = (meeting: MeetingRef) => meeting.seriesKey ?? `folder:${meeting.note.id.replace(/[^/]*$/, '')}`;

/**
 * An item's text as it is carried forward: without the owners in parentheses at either end, an
 * issue number, a `- DONE` tail, letter case, punctuation and spacing, so `[TODO] (Salt) Set up
 * the alias` and `[DONE] (Salt) set up the alias - done` are the same action.
 */
export function actionKey(text: string) {
  return (
    text
      .toLowerCase()
      .replace(/(?:\s[-–—]{1,2}\s*|\s\()done\)?\.?$/, ' ')
      .trim()
      // Owners in parentheses at either end; no leading `\s*` on the second, which would retry along a run of spaces.
      .replace(/^\([^()]*\)|\([^()]*\)[\s.]*$/g, ' ')
      .replace(/(?<![\p{L}\p{N}])#\d+(?![\p{L}\p{N}])/gu, ' ')
      .replace(/[^\p{L}\p{N}@]+/gu, ' ')
      .trim()
  );
}

/**
 * The action items of dated meetings, grouped into tracked items: the same text within one series
 * (or folder) is one action, followed from its first mention to its last. Items of undated notes
 * are not followed.
 */
export function trackActions(actions: readonly ItemRef[], meetings: readonly MeetingRef[], staleAfter: number) {
  // Each scope's meeting days, oldest first, to count the meetings since an action's last mention.
  const days = new Map<string, string[]>();
  for (const m of meetings) if (m.date) entry(days, scopeOf(m), () => []).push(m.date);
  for (const list of days.values()) list.sort();

  const groups = new Map<string, ItemRef[]>();
  // The same words twice in one meeting are two actions (`Bo will start an email thread` under
  // two topics): the second starts a group of its own, which later mentions do not join.
  const seen = new Map<string, number>();
  for (const ref of actions) {
    if (!ref.meeting?.date) continue;
    const key = actionKey(ref.item.text);
    if (!key) continue;
    const group = `${scopeOf(ref.meeting)}\n${key}`;
    const at = `${group}\n${ref.note.id}#${ref.meeting.anchor ?? ''}`;
    const n = (seen.get(at) ?? 0) + 1;
    seen.set(at, n);
    entry(groups, n === 1 ? group : `${group}\n${ref.item.id}`, () => []).push(ref);
  }
  const tracked: TrackedItem[] = [];
  for (const [key, refs] of groups) {
    const mentions = refs.sort((a, b) => a.meeting!.date!.localeCompare(b.meeting!.date!) || a.item.line - b.item.line);
    const latest = mentions.at(-1)!;
    const last = latest.meeting!.date!;
    const later = days.get(scopeOf(latest.meeting!))?.filter((d) => d > last).length ?? 0;
    tracked.push({
      id: `tracked-${createHash('sha1').update(key).digest('hex').slice(0, 8)}`,
      text: latest.item.text,
      owners: mentions.findLast((m) => m.item.owners.length)?.item.owners ?? [],
      status: latest.item.status,
      stale: isOpen(latest.item.status) && later >= staleAfter,
      mentions,
      first: mentions[0]!.meeting!.date!,
      last,
    });
  }
  return tracked.sort((a, b) => b.last.localeCompare(a.last) || a.id.localeCompare(b.id));
}
