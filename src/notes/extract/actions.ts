import type { List, ListItem, Root, RootContent } from 'mdast';
import { isPersonName, type KnownPeople } from '../people.ts';
import {
  type ActionKind,
  type Draft,
  HeadingPath,
  isQuestion,
  itemText,
  nestedLists,
  struckThrough,
  topicOf,
} from './items.ts';
import { textLines } from './lines.ts';
import { doneAfter, type ItemStatus, leadingStatus } from './status.ts';
import { startsAsInstruction, strangerOwners } from './tagger.ts';
import { type NameList, nameLists } from './name-lists.ts';
import { isSpace, labelValue, oneLineFrom, skipSpace, spaceBefore, trimEndOf } from './text.ts';

/**
 * `Next steps`, `Action items (for Bo)`, `TODO`, `Previous TODOs`, `Follow-ups`, `Tasks`, and as a
 * label `ACTION:` or `AI:` — as a heading or a label (see nextSteps).
 */
const NEXT_STEPS =
  /^(?:(?:new|previous|open|outstanding|old|current|carried[- ]over)\s+)?(?:next\s+steps?|action\s+items?(?:\s+summary)?|to-?dos?|follow[- ]?ups?|tasks|(?:action|ai)(?=\s*[:(–—-]))/i;
const FOR_WHOM = /\s*\((?:for\s+)?([^)]+)\)/iy;
const FOR = /for/iy;
const MARKS = ':–—-';
/** Parents of `### Name` sections: what each person will do counts; what they did does not. */
const RETRO = /retro|last\s+week|went\s+well|recap|review|done|feedback/i;
const CHECK_IN = /check[- ]?in|progress|status|update/i;
const PLANS = /priorit|plan|upcoming|assign|to-?do|next|goals?|focus|responsibilit|work/i;
/** Words that mark a status line in a check-in as a commitment. */
const FUTURE =
  /\b(?:will|going\s+to|plan(?:ning)?\s+to|hoping\s+to|hope\s+to|would\s+like\s+to|need\s+to|coming\s+up|next\s+week|this\s+week|tomorrow|by\s+(?:the\s+)?end\s+of|by\s+(?:mon|tues|wednes|thurs|fri)day)\b|^(?:then|will|need\s+to)\b|'ll\b/i;
const OPINION =
  /^(?:i\s+think|i\s+feel|i'm\s+not|maybe|perhaps|might|not\s+sure|it\s+(?:is|'s|was|would)|agree|sounds|yes\b|no\b|ok\b|okay\b|thanks|\+1)/i;
/** `will be out`, `will be useful`, `will probably …`, `will need a …`: not a task (but `will be working on …` and `will need to …` are). */
const NOT_A_TASK = /^(?:be\s+(?!\p{L}+ing\b)|probably\b|likely\b|maybe\b|perhaps\b|(?:need|have)\b(?!\s+to\b))/iu;
/** A speaker's remark, not a task: `Kriti: I think…`, `Brent: this could…`. */
const REMARK =
  /^(?:i|i'm|i've|we|we're|they|this|that|it|there|he|she|you|our|my|lots?|issues?)\b|\b(?:could|would|should|might|may|can)\b/i;
const WILL_START = /[.;!]\s+|\b(?:then|so|and|also)\s+/gu;
const WILL_TAIL = /\s+(?:will|is\s+going\s+to|are\s+going\s+to|'ll)\s+(\S.*)/uy;
const TO_TAIL = /\s+(?:to|needs\s+to|has\s+to)\s+\p{Ll}/uy;
const POSSESSIVE = /'s\s+\p{L}+/uy;
const UNKNOWN_OWNER = /^(\p{Lu}\p{Ll}+(?<!ing))\s+(?:will|to)\s+\p{Ll}/u;
const NOT_NAMES =
  /^(?:this|that|it|we|they|everyone|someone|team|next|note|also|then|maybe|please|update|add|fix|check|review|write|make|send|ask|talk)$/i;
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
  /** A round of remarks (check-in, sign-off, feedback): `- Ana: productive meeting` is no task. */
  remarks?: boolean;
  /** The parent bullet or heading the items below it sit under. */
  topic?: string;
}

/**
 * Action items (the forms README.md lists), with owners only among the people the corpus knows: `Bo will …`,
 * `Bo to …`, `**Bo**: task`, bullets under `### Bo` in a plans section, bullets under a next-steps
 * heading or label, and task-list items. Past-tense reports, questions and opinions are not items.
 */
export function extractActions(
  tree: Root,
  known: KnownPeople,
  onUnknownOwner?: (line: number, name: string) => void,
): Draft[] {
  const found: Draft[] = [];
  const { WILL, TO, COLON, TRAILING_OWNER } = ownerPatterns(known.spellings);

  const add = (
    line: number,
    text: string,
    kind: ActionKind,
    owners: string[],
    status: ItemStatus = 'open',
    topic?: string,
    groups: string[] = [],
  ) => {
    // A next step that starts with a name nobody knows: probably a person missing from the notes.
    const stranger = kind === 'next-steps' && owners.length === 0 ? UNKNOWN_OWNER.exec(text)?.[1] : undefined;
    if (stranger && isPersonName(stranger) && !known.get(stranger) && !NOT_NAMES.test(stranger))
      onUnknownOwner?.(line, stranger);
    found.push({
      line,
      owners: [...new Set(owners)],
      ...(groups.length ? { groups } : {}),
      text,
      ...(topic ? { topic } : {}),
      status,
      kind,
    });
  };
  const ownersIn = (group: string) => known.namedIn(group);

  /** The item a sentence makes, by its own form first (`will`, `to`), else by where it stands. */
  const classify = (
    text: string,
    ctx: Context,
  ): { kind: ActionKind; owners: string[]; groups?: string[] } | undefined => {
    if (!text || isQuestion(text) || OPINION.test(text)) return undefined;
    const will = WILL(text);
    if (will && !NOT_A_TASK.test(will.rest)) return { kind: 'will', owners: ownersIn(will.names) };
    const to = TO(text);
    if (to !== undefined) return { kind: 'to', owners: ownersIn(to) };
    // Initials only where a label says a task follows: elsewhere `UI to simplify …` is as likely.
    const stranger = strangerOwners(text, {
      initials: ctx.nextSteps,
      known: (name) => known.getAnyCase(name) !== undefined,
    });
    if (stranger)
      return {
        kind: stranger.binding,
        owners: stranger.people.map((p) => known.getAnyCase(p) ?? p),
        groups: stranger.groups,
      };
    if (ctx.owner && commits(text)) return { kind: 'will', owners: [ctx.owner] };
    if (ctx.detail || PAST.test(text)) return undefined;
    if (ctx.nextSteps) {
      const trailing = TRAILING_OWNER(text);
      const named = parenthesisedOwners(text, known);
      if (trailing === undefined && named) return { kind: 'next-steps', owners: named.people, groups: named.groups };
      const owners = trailing !== undefined ? ownersIn(trailing) : ctx.owner ? [ctx.owner] : [];
      return { kind: 'next-steps', owners };
    }
    if (ctx.owner && (!ctx.futureOnly || FUTURE.test(text)))
      return { kind: ctx.ownerFrom === 'section' ? 'person-section' : 'colon', owners: [ctx.owner] };
    return undefined;
  };

  const item = (node: ListItem, ctx: Context) => {
    const { text, line, paragraph } = itemText(node);
    const marked = leadingStatus(text);
    const done = node.checked === true || struckThrough(paragraph) || doneAfter(text);
    const status: ItemStatus = done ? 'done' : (marked?.status ?? 'open');
    let inner: Context = { ...ctx, detail: true };
    const label = nextSteps(text);
    const colon = COLON(text);
    // `(Salt) remind people about the fliers`: the owners written first, in parentheses.
    const lead = marked || !text.startsWith('(') ? undefined : parenthesisedOwners(text, known, true);
    const leadTask = lead && text.slice(text.indexOf(')') + 1).trim();
    if ((node.checked !== null && node.checked !== undefined) || marked) {
      // A task box, or a status mark teams write in text (`[/]`, `[TODO]`, `[DONE]`): owners in
      // parentheses at either end, else named in it, else whose section it is.
      const task = marked?.rest ?? text;
      const named = parenthesisedOwners(task, known);
      const owners = named ? named.people : [...ownersIn(task), ...(ctx.owner ? [ctx.owner] : [])];
      add(line, task, 'task', owners, status, ctx.topic, named?.groups);
    } else if (lead && leadTask && !isQuestion(leadTask) && (done || startsAsInstruction(leadTask))) {
      // Marked done at its end (`(Deb) intro Ana and Bo - DONE`), it was a task whatever its words.
      add(line, text, 'colon', lead.people, status, ctx.topic, lead.groups);
    } else if (label) {
      const value = label.value.trim();
      const owner = label.owner;
      const hit =
        value && !value.endsWith(':') ? classify(value, { ...ctx, nextSteps: true, detail: false }) : undefined;
      if (hit) add(line, value, hit.kind, hit.owners, status, ctx.topic, hit.groups);
      inner = {
        nextSteps: true,
        ...(owner && known.get(owner.trim()) ? { owner: known.get(owner.trim())!, ownerFrom: 'label' as const } : {}),
      };
    } else if (colon && !ctx.detail) {
      const owners = ownersIn(colon.names);
      const rest = colon.rest.trim();
      const assigns = ctx.nextSteps || (ctx.owner && ctx.ownerFrom === 'section');
      if (colon.possessive) inner = { ...ctx, owner: owners[0]!, ownerFrom: 'label', detail: true };
      else if (!rest || rest.endsWith(':'))
        inner = assigns
          ? { ...ctx, owner: owners[0]!, ownerFrom: 'label', detail: false }
          : { ...ctx, owner: owners[0]!, detail: true };
      else if (!ctx.remarks && (isAssignment(rest) || (assigns && !REMARK.test(rest))))
        add(line, text, 'colon', owners, status, ctx.topic);
      // `Norm: will get the request in`: a commitment in their own words, in a round of remarks too.
      else if (commits(rest)) add(line, text, 'will', owners, status, ctx.topic);
    } else {
      const hit = classify(text, ctx);
      if (hit) add(line, text, hit.kind, hit.owners, status, ctx.topic, hit.groups);
    }
    const topic = topicOf(marked?.rest ?? text);
    for (const sub of nestedLists(node)) list(sub, { ...inner, ...(topic ? { topic } : {}) });
  };
  const list = (node: List, ctx: Context) => {
    for (const child of node.children) item(child, ctx);
  };

  const headings = new HeadingPath();
  let section: Context = {};
  const readAlready = new Set<RootContent>();
  // Items quoted from elsewhere (`> - [ ] Bo to send it`) are read as where they stand.
  const read = (blocks: RootContent[]) =>
    blocks.forEach((node, i) => {
      if (node.type === 'heading') {
        headings.enter(node.depth, textLines(node)[0]?.text ?? '');
        // An `Action items` heading says nothing of what its items are about.
        const topic = nextSteps(headings.innermost ?? '') ? undefined : topicOf(headings.innermost);
        section = { ...sectionContext(headings, known), ...(topic ? { topic } : {}) };
      } else if (node.type === 'paragraph') {
        const lines = textLines(node);
        lines.forEach(({ text: written, line }, n) => {
          // Plain-text bullets (`o Bo to send it`, `• …`) written in a paragraph, one per line.
          const text = written.replace(TEXT_BULLET, '');
          const label = nextSteps(text);
          const next = blocks[i + 1];
          if (label && !label.value.trim() && n === lines.length - 1 && next?.type === 'list') {
            const owner = known.get((label.owner ?? '').trim());
            list(next, {
              nextSteps: true,
              ...(owner ? { owner, ownerFrom: 'label' as const } : {}),
              ...(section.topic ? { topic: section.topic } : {}),
            });
            readAlready.add(next);
            return;
          }
          const value = label ? label.value.trim() : text;
          const hit = value ? classify(value, label ? { nextSteps: true } : { ...section, detail: true }) : undefined;
          if (hit) add(line, value, hit.kind, hit.owners, 'open', section.topic, hit.groups);
        });
      } else if (node.type === 'list' && !readAlready.has(node)) {
        list(node, section);
      } else if (node.type === 'blockquote') {
        read(node.children);
      }
    });
  read(tree.children);
  return found;
}

/**
 * A next-steps label: the pattern `^WORDS(?:\s*\((?:for\s+)?(OWNER)\)|\s+for\s+(OWNER)+?)?(?:\s*[:–—-]{1,2}\s*(VALUE)|\s*:{0,2}\s*)$`
 * (case-insensitive), worked out step by step: the pattern spent quadratic time on spaces after
 * an owner, and on a line break after the value.
 */
export function nextSteps(text: string): { owner?: string; value: string } | undefined {
  const words = NEXT_STEPS.exec(text);
  if (!words) return undefined;
  const at = words[0].length;
  // `Action items (for Bo):`; without a `)` there is nothing to try.
  if (text.includes(')', at)) {
    FOR_WHOM.lastIndex = at;
    const paren = FOR_WHOM.exec(text);
    const value = paren ? labelValue(text, FOR_WHOM.lastIndex, MARKS, true) : undefined;
    if (value !== undefined) return { owner: paren![1]!, value };
  }
  const value = labelValue(text, at, MARKS, true);
  return ownerAfterFor(text, at) ?? (value === undefined ? undefined : { value });
}

/**
 * `Next steps for Bo: …`: the shortest owner (no `:–—-` in it) after `\s+for\s+` that the rest of
 * the label can follow; the spaces after `for` are given back one by one when nothing can.
 */
function ownerAfterFor(text: string, at: number) {
  const w = skipSpace(text, at);
  FOR.lastIndex = w;
  if (w === at || !FOR.test(text)) return undefined;
  const afterFor = w + 3;
  let mark = afterFor;
  while (mark < text.length && !MARKS.includes(text[mark]!)) mark++;
  // The owner ends where a value after a mark follows, or where only a bare label's colons and spaces do.
  const valued = mark < text.length ? labelValue(text, mark, MARKS, false) : undefined;
  let bare = spaceBefore(text, text.length);
  for (let n = 0; n < 2 && text[bare - 1] === ':'; n++) bare--;
  bare = spaceBefore(text, bare);
  for (let start = skipSpace(text, afterFor); start > afterFor; start--) {
    const toValue = valued === undefined ? Infinity : Math.max(start + 1, spaceBefore(text, mark));
    const toBare = Math.max(start + 1, bare);
    const end = Math.min(toValue, toBare);
    if (end > mark || end === Infinity) continue;
    return { owner: text.slice(start, end), value: end === toValue ? valued! : '' };
  }
  return undefined;
}

const TEXT_BULLET = /^[o•◦▪·]\s+(?=\S)/u;

/** `will send it`, `I'll look`: a task someone takes on, not `will be out`. */
const commits = (text: string) => {
  const own = ownWill(text);
  return own !== undefined && !NOT_A_TASK.test(own);
};

/** `will …` / `I'll …` with what follows (`^(?:will|i'll|i\s+will)\s+(.*)$`, case-insensitive). */
function ownWill(text: string) {
  const head = /^(?:will|i'll|i\s+will)(?=\s)/i.exec(text);
  if (!head) return undefined;
  const rest = skipSpace(text, head[0].length);
  return oneLineFrom(text, rest) ? text.slice(rest) : undefined;
}

/**
 * The patterns that find owners among the known spellings (as regular expressions over the list
 * `Ana, Bo & Chen and Dom`; see nameLists): "Kriti will …" and "Sean and Dom are going to …" at the
 * start of a sentence, "Bo to …", `Rajat: Localization` (`Sean's points:` only names whose
 * remarks follow), and a trailing `(Bo)` or `- Bo`.
 */
export function ownerPatterns(spellings: readonly string[]) {
  const will = nameLists(spellings, (text, end) => {
    WILL_TAIL.lastIndex = end;
    return WILL_TAIL.exec(text)?.[1];
  });
  const to = nameLists(spellings, (text, end) => {
    TO_TAIL.lastIndex = end;
    return TO_TAIL.test(text) || undefined;
  });
  const colon = nameLists(spellings, (text, end) => {
    POSSESSIVE.lastIndex = end;
    const possessive = POSSESSIVE.exec(text)?.[0];
    const rest = possessive !== undefined ? labelValue(text, end + possessive.length, ':', false) : undefined;
    if (rest !== undefined) return { possessive, rest };
    const plain = labelValue(text, end, ':', false);
    return plain === undefined ? undefined : { possessive: undefined, rest: plain };
  });
  const closing = (text: string, at: number) => {
    const i = skipSpace(text, at);
    return i === text.length || (text[i] === '.' && i === text.length - 1) || undefined;
  };
  const inParens = nameLists(spellings, (text, end) => (text[end] === ')' ? closing(text, end + 1) : undefined));
  const afterDash = nameLists(spellings, closing);
  const span = (text: string, start: number, list?: NameList<unknown>) =>
    list ? text.slice(start, list.end) : undefined;

  return {
    WILL(text: string) {
      if (!spellings.length || !WILL_HINT.test(text)) return undefined;
      const at = will(text);
      for (const start of willStarts(text)) {
        const list = at(start);
        if (list) return { names: text.slice(start, list.end), rest: list.found };
      }
      return undefined;
    },
    TO: (text: string) => (spellings.length ? span(text, 0, to(text)(0)) : undefined),
    COLON(text: string) {
      const list = spellings.length ? colon(text)(0) : undefined;
      return list && { names: text.slice(0, list.end), ...list.found };
    },
    TRAILING_OWNER(text: string) {
      if (!spellings.length) return undefined;
      const paren = inParens(text);
      const dash = afterDash(text);
      for (let s = 0; s < text.length; s++) {
        if (text[s] === '(') {
          const names = span(text, s + 1, paren(s + 1));
          if (names !== undefined) return names;
        } else if (isSpace(text.charCodeAt(s)) && DASHES.includes(text[s + 1] ?? '')) {
          for (const start of dashStarts(text, s)) {
            const names = span(text, start, dash(start));
            if (names !== undefined) return names;
          }
        }
      }
      return undefined;
    },
  };
}

const WILL_HINT = /\s(?:will|is\s+going\s+to|are\s+going\s+to|'ll)\s+\S/u;
const DASHES = '-–—';

/** Where a "will" sentence's names may start, in the pattern's order: the line's start, after `.` `;` `!`, or after then/so/and/also. */
function* willStarts(text: string) {
  yield 0;
  for (const m of text.matchAll(WILL_START)) {
    const words = m.index + m[0].trimEnd().length;
    for (let q = m.index + m[0].length; q > words; q--) yield q;
  }
}

/** After ` -` or ` --` at `s`: where the names may start, greedy first as the pattern backtracks. */
function* dashStarts(text: string, s: number) {
  const two = DASHES.includes(text[s + 2] ?? '');
  for (const dashes of two ? [s + 3, s + 2] : [s + 2]) for (let q = skipSpace(text, dashes); q >= dashes; q--) yield q;
}

/** `Localization`, `Simplifying installs`: a short task, not a sentence someone said. */
function isAssignment(text: string) {
  const words = trimEndOf(text, '.').split(/\s+/);
  return (
    words.length <= 6 &&
    !/[.!?;]/.test(trimEndOf(text, '.')) &&
    !REMARK.test(text) &&
    !OPINION.test(text) &&
    !PAST.test(text) &&
    !/did(?:\s+not|n't)\s+attend|\bout\b|absent/i.test(text)
  );
}

/** Headings of a round where each person says something: what they say are remarks. */
const ROUND = /\bround\b|sign[- ]?off|check[- ]?(?:in|out)\b|feedback|appreciations|goodbyes|how (?:are|was)/i;

/** What the innermost heading makes of the bullets below it. */
function sectionContext(headings: HeadingPath, known: KnownPeople): Context {
  const text = headings.innermost ?? '';
  if (ROUND.test(text)) return { remarks: true };
  const label = nextSteps(text);
  if (label) {
    const owner = known.get((label.owner ?? '').trim());
    return { nextSteps: true, ...(owner ? { owner, ownerFrom: 'section' as const } : {}) };
  }
  const person = known.get(trimEndOf(text, ':'));
  const parent = headings.parent ?? '';
  if (!person || RETRO.test(parent)) return {};
  if (nextSteps(parent)) return { nextSteps: true, owner: person, ownerFrom: 'section' };
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
    if (PER_PERSON.test(headings.parent ?? '') && /^\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?$/u.test(text))
      names.push(text);
  }
  return names;
}

/** `(Salt) set up the list`, `draft the budget (Salt and Deb)`: a parenthesis at either end that names people. */
const LEADING_PARENS = /^\(([^()]{1,80})\)/;
const TRAILING_PARENS = /\(([^()]{1,80})\)[\s.]*$/;
const PAREN_SEPARATOR = /\s*(?:,|&|\/|\band\b)\s*/;

/** A group named as an owner: `everyone`, `all`, `chairs`, `Finance committee`, `the tech team`. */
const GROUP_OWNER =
  /^(?:the\s+)?(?:[\p{L}&-]+\s+){0,2}(?:everyone|everybody|all|chairs?|teams?|committees?|coordinators?|staff|volunteers|board|leads?|organi[sz]ers)$/iu;

/**
 * The owners a parenthesis at the start or end of an item names: every part a known person in any
 * letter case, a person's name (`(Salt, Deb, Ben)`, `(hans)`) or a group (`(everyone)`,
 * `(Finance committee)`); undefined if any part is none of these (`(see #12)`, `(optional)`).
 */
export function parenthesisedOwners(text: string, known: KnownPeople, leadingOnly = false) {
  for (const pattern of leadingOnly ? [LEADING_PARENS] : [LEADING_PARENS, TRAILING_PARENS]) {
    const inside = pattern.exec(text)?.[1];
    const parts = inside?.split(PAREN_SEPARATOR).filter(Boolean) ?? [];
    const people: string[] = [];
    const groups: string[] = [];
    for (const part of parts) {
      const person = known.getAnyCase(part) ?? (isPersonName(part) ? part : undefined);
      if (person) people.push(person);
      else if (GROUP_OWNER.test(part)) groups.push(part);
      else break;
    }
    if (parts.length && people.length + groups.length === parts.length) return { people, groups };
  }
  return undefined;
}
