import type { List, ListItem, Root, RootContent } from 'mdast';
import { isPersonName, type KnownPeople } from '../people.ts';
import { type ActionKind, type Draft, HeadingPath, isQuestion, itemText, nestedLists, struckThrough } from './items.ts';
import { textLines } from './lines.ts';

/** `Next steps`, `Action items (for Bo)`, `TODO`, `Follow-ups`, `Tasks` — as a heading or a label. */
const NEXT_STEPS = /^(?:next\s+steps?|action\s+items?(?:\s+summary)?|to-?dos?|follow[- ]?ups?|tasks)(?:\s*\((?:for\s+)?([^)]+)\)|\s+for\s+([^:–—-]+?))?(?:\s*[:–—-]{1,2}\s*(.*)|\s*:{0,2}\s*)$/i;
/** Parents of `### Name` sections: what each person will do counts; what they did does not. */
const RETRO = /retro|last\s+week|went\s+well|recap|review|done|feedback/i;
const CHECK_IN = /check[- ]?in|progress|status|update/i;
const PLANS = /priorit|plan|upcoming|assign|to-?do|next|goals?|focus|responsibilit|work/i;
/** Words that mark a status line in a check-in as a commitment. */
const FUTURE = /\b(?:will|going\s+to|plan(?:ning)?\s+to|hoping\s+to|hope\s+to|would\s+like\s+to|need\s+to|coming\s+up|next\s+week|this\s+week|tomorrow|by\s+(?:the\s+)?end\s+of|by\s+(?:mon|tues|wednes|thurs|fri)day)\b|^(?:then|will|need\s+to)\b|'ll\b/i;
const OPINION = /^(?:i\s+think|i\s+feel|i'm\s+not|maybe|perhaps|might|not\s+sure|it\s+(?:is|'s|was|would)|agree|sounds|yes\b|no\b|ok\b|okay\b|thanks|\+1)/i;
/** `will be out`, `will be useful`: not a task (but `will be working on …` is). */
const NOT_A_TASK = /^be\s+(?!\p{L}+ing\b)/iu;
/** A speaker's remark, not a task: `Kriti: I think…`, `Brent: this could…`. */
const REMARK = /^(?:i|i'm|i've|we|we're|they|this|that|it|there|he|she|you|our|my|lots?|issues?)\b|\b(?:could|would|should|might|may|can)\b/i;
const UNKNOWN_OWNER = /^(\p{Lu}\p{Ll}+(?<!ing))\s+(?:will|to)\s+\p{Ll}/u;
const NOT_NAMES = /^(?:this|that|it|we|they|everyone|someone|team|next|note|also|then|maybe|please|update|add|fix|check|review|write|make|send|ask|talk)$/i;
const PAST = /^(?:\p{Lu}\p{Ll}+ed|done|completed|finished|was|were|had|has\s+been|have\s+been)\b/iu;

interface Context {
  /** Inside a next-steps heading or label. */
  nextSteps?: boolean;
  /** Whose section or `- Name:` list this is. */
  owner?: string;
  ownerFrom?: 'section' | 'label';
  /** In a check-in: only lines that commit to something count. */
  futureOnly?: boolean;
  /** Sub-bullets of an item: detail, unless a sentence names who will do what. */
  detail?: boolean;
}

/**
 * Action items (EXTRACTION.md), with owners only among the people the corpus knows: `Bo will …`,
 * `Bo to …`, `**Bo**: task`, bullets under `### Bo` in a plans section, bullets under a next-steps
 * heading or label, and task-list items. Past-tense reports, questions and opinions are not items.
 */
export function extractActions(tree: Root, known: KnownPeople, onUnknownOwner?: (line: number, name: string) => void): Draft[] {
  const found: Draft[] = [];
  const names = known.pattern ? `${known.pattern}(?:\\s*(?:,|&|and)\\s*${known.pattern})*` : '(?!)';
  // "Kriti will …", "Sean and Dom are going to …", at the start of a sentence.
  const WILL = new RegExp(`(?:^|[.;!]\\s+|\\b(?:then|so|and|also)\\s+)(${names})\\s+(?:will|is\\s+going\\s+to|are\\s+going\\s+to|'ll)\\s+(\\S.*)`, 'u');
  const TO = new RegExp(`^(${names})\\s+(?:to|needs\\s+to|has\\s+to)\\s+\\p{Ll}`, 'u');
  // `Rajat: Localization`, `Kriti & Ghislaine: research`; `Sean's points:` only names whose remarks follow.
  const COLON = new RegExp(`^(${names})('s\\s+\\p{L}+)?\\s*:{1,2}\\s*(.*)$`, 'u');
  const TRAILING_OWNER = new RegExp(`(?:\\((${names})\\)|\\s[-–—]{1,2}\\s*(${names}))\\s*\\.?$`, 'u');

  const add = (line: number, text: string, kind: ActionKind, owners: string[], done = false) => {
    // A next step that starts with a name nobody knows: probably a person missing from the notes.
    const stranger = kind === 'next-steps' && owners.length === 0 ? UNKNOWN_OWNER.exec(text)?.[1] : undefined;
    if (stranger && isPersonName(stranger) && !known.get(stranger) && !NOT_NAMES.test(stranger)) onUnknownOwner?.(line, stranger);
    found.push({ line, owners: [...new Set(owners)], text, status: done ? 'done' : 'open', kind });
  };
  const ownersIn = (group: string) => known.namedIn(group);

  /** The item a sentence makes, by its own form first (`will`, `to`), else by where it stands. */
  const classify = (text: string, ctx: Context): { kind: ActionKind; owners: string[] } | undefined => {
    if (!text || isQuestion(text) || OPINION.test(text)) return undefined;
    const will = WILL.exec(text);
    if (will && !NOT_A_TASK.test(will[2]!)) return { kind: 'will', owners: ownersIn(will[1]!) };
    const to = TO.exec(text);
    if (to) return { kind: 'to', owners: ownersIn(to[1]!) };
    const own = /^(?:will|i'll|i\s+will)\s+(.*)$/i.exec(text);
    if (ctx.owner && own && !NOT_A_TASK.test(own[1]!)) return { kind: 'will', owners: [ctx.owner] };
    if (ctx.detail || PAST.test(text)) return undefined;
    if (ctx.nextSteps) {
      const trailing = TRAILING_OWNER.exec(text);
      const owners = trailing ? ownersIn(trailing[1] ?? trailing[2]!) : ctx.owner ? [ctx.owner] : [];
      return { kind: 'next-steps', owners };
    }
    if (ctx.owner && (!ctx.futureOnly || FUTURE.test(text))) return { kind: ctx.ownerFrom === 'section' ? 'person-section' : 'colon', owners: [ctx.owner] };
    return undefined;
  };

  const item = (node: ListItem, ctx: Context) => {
    const { text, line, paragraph } = itemText(node);
    const done = node.checked === true || struckThrough(paragraph);
    let inner: Context = { ...ctx, detail: true };
    const label = NEXT_STEPS.exec(text);
    const colon = COLON.exec(text);
    if (node.checked !== null && node.checked !== undefined) {
      add(line, text, 'task', [...ownersIn(text), ...(ctx.owner ? [ctx.owner] : [])], done);
    } else if (label) {
      const value = (label[3] ?? '').trim();
      const owner = label[1] ?? label[2];
      const hit = value && !value.endsWith(':') ? classify(value, { ...ctx, nextSteps: true, detail: false }) : undefined;
      if (hit) add(line, value, hit.kind, hit.owners, done);
      inner = { nextSteps: true, ...(owner && known.get(owner.trim()) ? { owner: known.get(owner.trim())!, ownerFrom: 'label' as const } : {}) };
    } else if (colon && !ctx.detail) {
      const owners = ownersIn(colon[1]!);
      const rest = colon[3]!.trim();
      const assigns = ctx.nextSteps || (ctx.owner && ctx.ownerFrom === 'section');
      if (colon[2]) inner = { ...ctx, owner: owners[0]!, ownerFrom: 'label', detail: true };
      else if (!rest || rest.endsWith(':')) inner = assigns ? { ...ctx, owner: owners[0]!, ownerFrom: 'label', detail: false } : { ...ctx, owner: owners[0]!, detail: true };
      else if (isAssignment(rest) || (assigns && !REMARK.test(rest))) add(line, text, 'colon', owners, done);
    } else {
      const hit = classify(text, ctx);
      if (hit) add(line, text, hit.kind, hit.owners, done);
    }
    for (const sub of nestedLists(node)) list(sub, inner);
  };
  const list = (node: List, ctx: Context) => node.children.forEach((i) => item(i, ctx));

  const headings = new HeadingPath();
  let section: Context = {};
  const blocks = tree.children as RootContent[];
  const readAlready = new Set<RootContent>();
  blocks.forEach((node, i) => {
    if (node.type === 'heading') {
      headings.enter(node.depth, textLines(node)[0]?.text ?? '');
      section = sectionContext(headings, known);
    } else if (node.type === 'paragraph') {
      const lines = textLines(node);
      lines.forEach(({ text, line }, n) => {
        const label = NEXT_STEPS.exec(text);
        const next = blocks[i + 1];
        if (label && !(label[3] ?? '').trim() && n === lines.length - 1 && next?.type === 'list') {
          const owner = known.get((label[1] ?? label[2] ?? '').trim());
          list(next, { nextSteps: true, ...(owner ? { owner, ownerFrom: 'label' as const } : {}) });
          readAlready.add(next);
          return;
        }
        const value = label ? (label[3] ?? '').trim() : text;
        const hit = value ? classify(value, label ? { nextSteps: true } : { ...section, detail: true }) : undefined;
        if (hit) add(line, value, hit.kind, hit.owners);
      });
    } else if (node.type === 'list' && !readAlready.has(node)) {
      list(node, section);
    }
  });
  return found;
}

/** `Localization`, `Simplifying installs`: a short task, not a sentence someone said. */
function isAssignment(text: string) {
  const words = text.replace(/[.\s]+$/, '').split(/\s+/);
  return words.length <= 6 && !/[.!?;]/.test(text.replace(/[.\s]+$/, '')) && !REMARK.test(text) && !OPINION.test(text) && !PAST.test(text) && !/did(?:\s+not|n't)\s+attend|\bout\b|absent/i.test(text);
}

/** What the innermost heading makes of the bullets below it. */
function sectionContext(headings: HeadingPath, known: KnownPeople): Context {
  const text = headings.innermost ?? '';
  const label = NEXT_STEPS.exec(text);
  if (label) {
    const owner = known.get((label[1] ?? label[2] ?? '').trim());
    return { nextSteps: true, ...(owner ? { owner, ownerFrom: 'section' as const } : {}) };
  }
  const person = known.get(text.replace(/[:\s]+$/, ''));
  const parent = headings.parent ?? '';
  if (!person || RETRO.test(parent)) return {};
  if (NEXT_STEPS.test(parent)) return { nextSteps: true, owner: person, ownerFrom: 'section' };
  if (CHECK_IN.test(parent)) return { owner: person, ownerFrom: 'section', futureOnly: true };
  if (PLANS.test(parent)) return { owner: person, ownerFrom: 'section' };
  return {};
}

const PER_PERSON = /per\s+person|everyone|each\s+person|individual|by\s+person/i;

/** Names of `### Name` sections under a per-person heading ("Priorities per person"): people too. */
export function personSectionNames(tree: Root): string[] {
  const headings = new HeadingPath();
  const names: string[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    const text = textLines(node)[0]?.text ?? '';
    headings.enter(node.depth, text);
    if (PER_PERSON.test(headings.parent ?? '') && /^\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?$/u.test(text)) names.push(text);
  }
  return names;
}
