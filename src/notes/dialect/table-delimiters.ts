import type { Code, Construct, Effects, Extension, State, TokenizeContext, Tokenizer } from 'micromark-util-types';
import type { Processor } from 'unified';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    tableDelimiterRest: 'tableDelimiterRest';
  }
}

/**
 * markdown-it (Wiki.js) takes a table whose delimiter row has more cells than its head (`| a | b |`
 * then `|-|-|-|`): the head sets the columns and the extra delimiter cells are dropped (body rows
 * are cut or padded to the head's width, which mdast-util-to-hast does too). micromark wants equal
 * counts and leaves such a table a paragraph.
 *
 * So GFM's table construct is tried once more where it failed, through a wrapper: once the
 * delimiter row holds as many cells as the head, the rest of the row is checked as markdown-it
 * checks cells (`:?-+:?` between pipes; only the last may be empty) and taken as one token, which
 * the table's resolver passes over. Rewriting such rows before parsing would need to know fenced
 * and indented code, containers and lazy lines to find them; the tokenizer knows already.
 */
export default function remarkTableDelimiters(this: Processor): undefined {
  const data = this.data();
  const extensions = (data.micromarkExtensions ??= []) as Extension[];
  const table = extensions
    .flatMap((extension) => [extension.flow?.null ?? []].flat())
    .find((construct) => construct.name === 'table');
  // Without remark-gfm's tables before it, there is nothing to widen.
  if (!table?.tokenize) return;
  const tokenize = table.tokenize;
  // Where the wide attempt (tried first: micromark puts later extensions first) last failed with its
  // delimiter row never as wide as its head. GFM's own attempt there takes the same steps to the
  // same end (the tokenizer reads only the events before it, and the text), so it fails at once
  // instead of reading the line again. Attempts come through stand-ins of the tokenizer, which
  // share its events.
  let narrow: Place | undefined;
  table.tokenize = function (this: TokenizeContext, effects: Effects, ok: State, nok: State) {
    const here = place(this);
    const failed = narrow?.events === here.events && narrow.length === here.length && narrow.offset === here.offset;
    narrow = undefined;
    return failed ? nok : tokenize.call(this, effects, ok, nok);
  };
  const wide: Construct = {
    name: 'tableWideDelimiterRow',
    tokenize: widen(tokenize, (at) => {
      narrow = at;
    }),
    resolveAll: table.resolveAll,
  };
  extensions.push({ flow: { null: [wide] } });
}

/** Where an attempt starts. */
type Place = { events: unknown[]; length: number; offset: number };
const place = (context: TokenizeContext): Place => ({
  events: context.events,
  length: context.events.length,
  offset: context.now().offset,
});

const space = (code: Code) => code === -2 || code === -1 || code === 32;
const lineEnd = (code: Code) => code === null || code === -5 || code === -4 || code === -3;

/**
 * `effects`, watched: head cells counted as GFM's tokenizer counts them, and `rest` set at each
 * pipe of the delimiter row, to whether the row has as many cells as the head so far (`wide`:
 * whether it ever had).
 */
function countCells(effects: Effects) {
  let row: 'head' | 'delimiter' | undefined;
  let head = 0;
  let delimiters = 0;
  // The last head token (a cell starts after a divider, or with the row), and whether a delimiter value is open.
  let previous: 'none' | 'divider' | 'data' = 'none';
  let inValue = false;
  const cells = {
    rest: false,
    wide: false,
    effects: {
      ...effects,
      enter(type, fields) {
        // GFM's token types are declared where its tables are imported, which this module does not.
        const name: string = type;
        if (name === 'tableHead') row = 'head';
        else if (name === 'tableDelimiterRow') row = 'delimiter';
        else if (row === 'head' && (name === 'data' || name === 'tableCellDivider')) {
          if (previous === 'divider' || (previous === 'none' && name === 'data')) head++;
          previous = name === 'data' ? 'data' : 'divider';
        } else if (row === 'delimiter' && (name === 'tableDelimiterMarker' || name === 'tableDelimiterFiller')) {
          if (!inValue) delimiters++;
          inValue = true;
        } else if (row === 'delimiter' && name === 'tableCellDivider') {
          inValue = false;
          cells.rest = delimiters === head;
          cells.wide ||= cells.rest;
        }
        return effects.enter(type, fields);
      },
    } as Effects,
  };
  return cells;
}

/**
 * `tokenize`, watched: once the delimiter row is as wide as the head, the rest of the row is read
 * here; `narrow` is told of a failure before that.
 */
function widen(tokenize: Tokenizer, narrow: (at: Place) => void): Tokenizer {
  return function (this: TokenizeContext, effects: Effects, ok: State, nok: State) {
    const at = place(this);
    const cells = countCells(effects);
    let done = false;
    const finish =
      (to: State): State =>
      (code) => {
        done = true;
        return to(code);
      };
    const step =
      (state: State): State =>
      (code) => {
        const next = state(code);
        if (done || !next) return next;
        return cells.rest ? surplus(next) : step(next);
      };

    // After the head's last delimiter cell and its pipe: more cells, as markdown-it reads them.
    function surplus(resume: State): State {
      let part: 'before' | 'colon' | 'dashes' | 'after' = 'before';
      let entered = false;
      const cell: State = (code) => {
        if (lineEnd(code)) {
          if (part === 'colon') return nok(code);
          if (entered) effects.exit('tableDelimiterRest');
          cells.rest = false;
          return step(resume)(code);
        }
        if (space(code)) {
          if (part === 'colon') return nok(code);
          if (part === 'dashes') part = 'after';
        } else if (code === 58 /* : */) {
          if (part === 'before') part = 'colon';
          else if (part === 'dashes') part = 'after';
          else return nok(code);
        } else if (code === 45 /* - */) {
          if (part === 'after') return nok(code);
          part = 'dashes';
        } else if (code === 124 /* | */) {
          // An empty cell between two pipes, or a lone colon, is not a delimiter cell.
          if (part === 'before' || part === 'colon') return nok(code);
          part = 'before';
        } else return nok(code);
        if (!entered) effects.enter('tableDelimiterRest');
        entered = true;
        effects.consume(code);
        return cell;
      };
      return cell;
    }

    const failed: State = (code) => {
      if (!cells.wide) narrow(at);
      return nok(code);
    };
    return step(tokenize.call(this, cells.effects, finish(ok), finish(failed)));
  };
}
