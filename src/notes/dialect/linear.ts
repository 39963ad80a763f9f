import { createRequire } from 'node:module';
import type { Element, ElementContent, Properties } from 'hast';
import type { List, ListItem, Parents } from 'mdast';
import type {
  Construct,
  Effects,
  Event,
  Extension,
  Resolver,
  State,
  Token,
  TokenizeContext,
} from 'micromark-util-types';
import { defaultHandlers } from 'remark-rehype';

/**
 * Work-arounds for the parts of the Markdown libraries whose time grows with the square of a
 * note's size, so that one large note cannot hold up a build. Each gives the same result as the
 * code it replaces (the unit tests and tests/unit/linear.test.ts say so).
 */

type Change = [at: number, remove: number, add: Event[]];
interface EditMap {
  map: Change[];
  index: Map<number, Change>;
  consume(events: Event[]): void;
}
interface Resolvable {
  resolveAll?: Resolver;
}

const LINEAR = Symbol.for('minutes.linear');
const marked = (f: object) => LINEAR in f;
const mark = <F extends object>(f: F) => Object.assign(f, { [LINEAR]: true });

/**
 * micromark's document tokenizer closes every container (a list, a quote, a footnote definition)
 * with edits near the end of the events so far, and EditMap.consume rebuilt the whole list for
 * them: quadratic in containers (5,000 short lists: 8 s, 10,000: 27 s). This consume leaves the
 * events before the first edit where they are.
 */
function consume(this: EditMap, events: Event[]) {
  const map = this.map.sort((a, b) => a[0] - b[0]);
  if (map.length === 0) return;
  const from = map[0]![0];
  const tail = events.slice(from);
  const end = from + tail.length;
  events.length = from;
  let kept = from;
  for (const [at, remove, add] of map) {
    for (let i = kept; i < Math.min(at, end); i++) events.push(tail[i - from]!);
    for (const event of add) events.push(event);
    kept = at + remove;
  }
  for (let i = kept; i < end; i++) events.push(tail[i - from]!);
  map.length = 0;
  this.index.clear();
}

/**
 * micromark merges each run of adjacent `data` events of a paragraph with a splice of the whole
 * event list: quadratic in a paragraph's lines (30,000 lines: 1 s, 40,000: 19 s). Merged here in
 * one pass first, its own merge finds nothing left to do.
 */
function mergeData(events: Event[]) {
  let kept = 0;
  for (let i = 0; i < events.length; ) {
    if (events[i]![1].type !== 'data') {
      events[kept++] = events[i++]!;
      continue;
    }
    const enter = i;
    // An enter and its exit, then whatever data follows.
    for (i += 2; i < events.length && events[i]![1].type === 'data'; ) i++;
    if (i > enter + 2) events[enter]![1].end = events[i - 1]![1].end;
    events[kept++] = events[enter]!;
    if (enter + 1 < events.length) events[kept++] = events[enter + 1]!;
  }
  events.length = kept;
  return events;
}

function linearText(construct: Resolvable) {
  const original = construct.resolveAll;
  if (!original || marked(original)) return;
  construct.resolveAll = mark((events: Event[], context: Parameters<Resolver>[1]) =>
    original(mergeData(events), context),
  );
}

/**
 * Applies the micromark work-arounds to the copy of micromark that remark-parse uses. Its text
 * resolvers are not exported, so they are reached by file; if a new micromark moves them, the
 * notes still parse (only slower), and tests/unit/linear.test.ts fails.
 */
export function linearMicromark() {
  try {
    const fromMicromark = createRequire(createRequire(import.meta.url).resolve('micromark'));
    const { EditMap } = fromMicromark('micromark-util-edit-map') as { EditMap: { prototype: EditMap } };
    if (!marked(EditMap.prototype.consume)) EditMap.prototype.consume = mark(consume);
    const text = fromMicromark('./lib/initialize/text.js') as Record<'resolver' | 'string' | 'text', Resolvable>;
    for (const construct of [text.resolver, text.string, text.text]) linearText(construct);
  } catch {
    // Another micromark layout: nothing to patch.
  }
}

/**
 * mdast-util-to-hast's list item handler, with two changes. It worked out whether the item's list
 * is loose by looking at every item of the list, for each item: quadratic in a list's length
 * (40,000 items: 11 s); the answer is one per list, so it is kept. And it spread a tight item's
 * paragraph into `push`, which overflows the stack past some 100,000 children (a paragraph of as
 * many lines in one item); they are pushed one by one.
 */
export function listItemOncePerList(): typeof defaultHandlers.listItem {
  const looseLists = new WeakMap<List, boolean>();
  const itemLoose = (item: ListItem) =>
    item.spread === null || item.spread === undefined ? item.children.length > 1 : item.spread;
  const listLoose = (list: List) => {
    let loose = looseLists.get(list);
    if (loose === undefined) looseLists.set(list, (loose = Boolean(list.spread) || list.children.some(itemLoose)));
    return loose;
  };
  return (state, node: ListItem, parent: Parents | undefined) => {
    const results = state.all(node);
    const loose = parent ? parent.type === 'list' && listLoose(parent) : itemLoose(node);
    const properties: Properties = {};
    const children: ElementContent[] = [];
    if (typeof node.checked === 'boolean') {
      const head = results[0];
      let paragraph: Element;
      if (head && head.type === 'element' && head.tagName === 'p') paragraph = head;
      else {
        paragraph = { type: 'element', tagName: 'p', properties: {}, children: [] };
        results.unshift(paragraph);
      }
      if (paragraph.children.length > 0) paragraph.children.unshift({ type: 'text', value: ' ' });
      paragraph.children.unshift({
        type: 'element',
        tagName: 'input',
        properties: { type: 'checkbox', checked: node.checked, disabled: true },
        children: [],
      });
      // According to github-markdown-css, this class hides the bullet.
      properties.className = ['task-list-item'];
    }
    results.forEach((child, index) => {
      // An end of line before each child, but the first paragraph of a tight item.
      if (loose || index !== 0 || child.type !== 'element' || child.tagName !== 'p')
        children.push({ type: 'text', value: '\n' });
      if (child.type === 'element' && child.tagName === 'p' && !loose) for (const c of child.children) children.push(c);
      else children.push(child);
    });
    const tail = results.at(-1);
    if (tail && (loose || tail.type !== 'element' || tail.tagName !== 'p'))
      children.push({ type: 'text', value: '\n' });
    const result: Element = { type: 'element', tagName: 'li', properties, children };
    state.patch(node, result);
    return state.applyData(node, result);
  };
}

/** A list of labels whose `includes` is a set lookup: the only calls made on it are `includes` and `push`. */
function labelSet(): string[] {
  const list: string[] = [];
  const labels = new Set<string>();
  return Object.defineProperties(list, {
    includes: { value: (label: string) => labels.has(label) },
    push: {
      value: (...added: string[]) => {
        for (const label of added) labels.add(label);
        return Array.prototype.push.apply(list, added);
      },
    },
  });
}

/**
 * micromark-extension-gfm-footnote keeps the defined footnote labels in an array searched for
 * every definition and call (quadratic in footnotes: 40,000 took 11 s), and for every `]` looks
 * back through the paragraph for an image's `![` (quadratic in a paragraph of `a]`s: 15,000
 * took 4 s). Its tokenizers are wrapped: the labels are kept in a set-backed list, and a `]` is
 * only looked back from when the innermost open label is an image's (the only case where the
 * look-back finds anything: any later label would have stopped it).
 *
 * micromark-extension-gfm-autolink-literal, before each possible `www.`, `http` or e-mail
 * address, looks back through the paragraph for a `[` or `![` still open (quadratic in a
 * paragraph of `[a`s and then `a]`s). Whether one is open is what the tokenizer's own list of
 * label starts says (see openLabel); the look-back is handed a stand-in with the answer.
 */
export function linearGfm(extensions: readonly Extension[]) {
  for (const extension of extensions) {
    for (const field of ['document', 'text'] as const) {
      for (const constructs of Object.values(extension[field] ?? {})) {
        for (const construct of [constructs ?? []].flat() as Construct[]) {
          const name = construct.name ?? '';
          if (marked(construct.tokenize)) continue;
          const original = construct.tokenize;
          if (FOOTNOTES.has(name)) {
            const potential = name === 'gfmPotentialFootnoteCall';
            construct.tokenize = mark(function (this: TokenizeContext, effects: Effects, ok: State, nok: State) {
              (this.parser as { gfmFootnotes?: string[] }).gfmFootnotes ??= labelSet();
              const open = this._labelStarts?.at(-1);
              if (potential && (open?.type !== 'labelImage' || open._balanced)) return nok;
              return original.call(this, effects, ok, nok);
            });
          } else if (AUTOLINKS.has(name)) {
            construct.tokenize = mark(function (this: TokenizeContext, effects: Effects, ok: State, nok: State) {
              return original.call(standInOf(this), effects, ok, nok);
            });
          }
        }
      }
    }
  }
}

// Per tokenizer, made once (an e-mail autolink is tried at the start of every word): the stand-in
// the look-back reads, and the label starts at the bottom of its list known to be closed. Starts
// close and never reopen; they are added and removed at the end only, so while the one at the top
// of this prefix is still in its place, the whole prefix is (a start once removed never returns).
const standIns = new WeakMap<TokenizeContext, TokenizeContext>();

/**
 * The tokenizer as the look-back sees it: its events are one open `[` or none. The look-back
 * only writes to the last event when it finds no open label, never to an empty list, so both
 * lists can be shared.
 */
function standInOf(context: TokenizeContext) {
  let standIn = standIns.get(context);
  if (standIn) return standIn;
  const closed: Token[] = [];
  const open: Event[] = [['enter', { type: 'labelLink' } as Token, context]];
  const none: Event[] = [];
  standIn = Object.create(context, {
    events: { get: () => (openLabel(context, closed) ? open : none) },
  }) as TokenizeContext;
  standIns.set(context, standIn);
  return standIn;
}

/** Whether a `[` or `![` of this paragraph is still open (amortized constant time). */
function openLabel(context: TokenizeContext, closed: Token[]) {
  const starts = context._labelStarts ?? [];
  let i = Math.min(closed.length, starts.length);
  while (i > 0 && starts[i - 1] !== closed[i - 1]) i--;
  closed.length = i;
  for (; i < starts.length && starts[i]!._balanced; i++) closed.push(starts[i]!);
  return i < starts.length;
}

const FOOTNOTES = new Set(['gfmFootnoteDefinition', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall']);
const AUTOLINKS = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);

/**
 * mdast-util-to-hast numbers a footnote reference by searching the list of references so far
 * (quadratic in references: 40,000 took 9 s). The list is handed to it behind a stand-in whose
 * search is a map lookup; it is only searched and pushed to there.
 */
export function footnoteReferenceByMap(): typeof defaultHandlers.footnoteReference {
  const positions = new WeakMap<object, Map<string, number>>();
  return (state, node) => {
    const order = state.footnoteOrder;
    let at = positions.get(state);
    if (!at) positions.set(state, (at = new Map(order.map((id, i) => [id, i]))));
    const index = at;
    const stand = {
      indexOf: (id: string) => index.get(id) ?? -1,
      push: (id: string) => {
        index.set(id, order.length);
        return order.push(id);
      },
      get length() {
        return order.length;
      },
    };
    return defaultHandlers.footnoteReference(Object.create(state, { footnoteOrder: { value: stand } }), node);
  };
}
