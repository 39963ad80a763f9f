import { skipSpace } from './text.ts';

/** Where a list of names ends, and what `after` found there. */
export interface NameList<T> {
  end: number;
  found: T;
}

/**
 * Lists of known names such as `Ana, Bo & Chen and Dom`, matched as the regular expression
 * `(?:N)(?:\s*(?:,|&|and)\s*(?:N))*` (N: the spellings, longest first) followed by `after` would
 * match them, with the same result, but in time linear in the text. The regular expression tries
 * the rest of a list again from every start and for every way of splitting it: quadratic in a
 * long list, exponential with spellings such as `Ana` and `Ana and Bo` (front matter can name
 * anyone). Here each place a name can start is settled once.
 *
 * Returns, for one text, the list whose first name starts at `q` (undefined if none).
 */
export function nameLists<T>(spellings: readonly string[], after: (text: string, end: number) => T | undefined) {
  const byFirst = new Map<string, string[]>();
  const empty = spellings.filter((s) => s === '');
  for (const s of spellings) if (s) byFirst.set(s[0]!, [...(byFirst.get(s[0]!) ?? []), s]);

  return (text: string) => {
    const settled = new Map<number, NameList<T> | null>();
    const names = (q: number) => [...(byFirst.get(text[q] ?? '') ?? []).filter((s) => text.startsWith(s, q)), ...empty];
    // After a name ending at `end`: where the next name may start, the regular expression's order
    // (its `\s*` after the separator gives back spaces only for names that start with one).
    const next = (end: number) => {
      const i = skipSpace(text, end);
      const sep = text[i] === ',' || text[i] === '&' ? 1 : text.startsWith('and', i) ? 3 : 0;
      if (!sep) return [];
      const starts = [];
      for (let q = skipSpace(text, i + sep); q >= i + sep; q--) starts.push(q);
      return starts;
    };
    const follow = (q: number) => names(q).flatMap((n) => next(q + n.length));
    const decide = (q: number): NameList<T> | null => {
      for (const n of names(q)) {
        const end = q + n.length;
        for (const r of next(end)) {
          const longer = settled.get(r);
          if (longer) return longer;
        }
        const found = after(text, end);
        if (found !== undefined) return { end, found };
      }
      return null;
    };

    return (start: number): NameList<T> | undefined => {
      // Depth first without recursion (a list can be long): settle what a start leads to first.
      const stack = [start];
      while (stack.length) {
        const q = stack.at(-1)!;
        if (settled.has(q)) {
          stack.pop();
          continue;
        }
        const open = follow(q).filter((r) => !settled.has(r));
        if (open.length) for (const r of open) stack.push(r);
        else settled.set(stack.pop()!, decide(q));
      }
      return settled.get(start) ?? undefined;
    };
  };
}
