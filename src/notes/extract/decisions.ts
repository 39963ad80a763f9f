import type { List, Root, RootContent } from 'mdast';
import { boldLead, type Draft, itemText, nestedLists, topicOf } from './items.ts';
import { textLines } from './lines.ts';
import { startsWithVerb } from './tagger.ts';
import { labelValue } from './text.ts';

const WORD = '(?:decisions?|conclusions?|outcomes?|agreed|resolutions?)';
/** `Decision: …`, `**Conclusions:**` (then a list), `Outcome:` — with a colon, or the label alone (see labelValue). */
const LABEL = new RegExp(`^${WORD}`, 'i');
const BOLD_LABEL = new RegExp(`^${WORD}\\s*:{0,2}$`, 'i');
/** Results, not goals: a project spec's `Expected outcome` is not a decision. */
const HEADING = new RegExp(`^(?:final\\s+|key\\s+)?${WORD}\\b`, 'i');
const DECIDED =
  /\b(?:we|team|everyone|everybody|all|group)\s+(?:have\s+|has\s+)?(?:decided|agreed|agrees|agree\s+(?:to|that|on))\b|\bdecided\s+(?:to|against|that|on)\b|\b(?:final\s+)?(?:decision|conclusion)\s+(?:is|was)\s+(?:to|that)\b|\bconsensus\s+(?:is|was|reached)\b|^(?:agreed|no\s+objections?)\b/i;
/** `… -> Jeff volunteers for this. Agreed.`: the meeting's assent closing the line. */
const CLOSING_ASSENT = /(?:^|[.!?;)>:–—-]\s*)(?:all\s+|everyone\s+)?agreed[.!]*$/i;
/** `Meet July 1st? Yes.`: a proposal answered where it is written. */
const ANSWERED =
  /^(?:should|shall|ok(?:ay)?\s+to|do\s+we\s+want|can\s+we|are\s+we\s+(?:going|interested)|meet)\b[^?]{0,200}\?\s*(?:yes|no)\b/i;
/** Whether a line records what the meeting settled, in any of the forms above. */
const settles = (text: string) =>
  DECIDED.test(text) || (/agreed[.!]*$/i.test(text) && CLOSING_ASSENT.test(text)) || ANSWERED.test(text);

/**
 * Decisions: `Decision:` / `Conclusion:` / `Outcome:` / `Agreed:` labels, inline or
 * followed by a list, "we decided / agreed to …" sentences, and the top-level bullets under a
 * Decision(s) / Conclusion(s) / Outcome(s) heading. Sub-bullets of a decision are its detail.
 */
export function extractDecisions(tree: Root, isMeeting: boolean): Draft[] {
  const found: Draft[] = [];
  let underHeading = false;
  let heading: string | undefined;
  const add = (line: number, text: string, topic = heading) => {
    if (text) found.push({ line, owners: [], text, ...(topic ? { topic } : {}), status: 'open', kind: 'decision' });
  };

  const labelOf = (text: string, bold?: string) => {
    const m = LABEL.exec(text);
    const value = m ? labelValue(text, m[0].length, ':', true) : undefined;
    if (value !== undefined) return { value: value.trim() };
    // `**Decision** we'll keep …`: a bold label without a colon.
    if (bold && BOLD_LABEL.test(bold)) return { value: text.slice(bold.length).replace(/^\s*:*\s*/, '') };
    return undefined;
  };

  const list = (node: List, decisions: boolean, topic = heading) => {
    for (const item of node.children) {
      const { text, line, paragraph } = itemText(item);
      const label = labelOf(text, boldLead(paragraph));
      const subs = nestedLists(item);
      // `- Installation improvements` with `- Mukesh (owner)` below: one decision, the topic's outcome.
      if (decisions && !label && subs.length && isTopicName(text)) {
        const outcome = subs.flatMap((sub) => sub.children.map((i) => itemText(i).text)).filter(Boolean);
        add(line, outcome.join('; '), topicOf(text));
        continue;
      }
      if (label) add(line, label.value, topic);
      else if (decisions || settles(text)) add(line, text, topic);
      // Below a bare label (`- OUTCOME`) every bullet is a decision; below anything else only
      // labels and "we decided" count (a decision's sub-bullets are its detail).
      const bareLabel = label !== undefined && !label.value;
      for (const sub of subs) list(sub, bareLabel, bareLabel ? topic : (topicOf(text) ?? topic));
    }
  };

  const readAlready = new Set<RootContent>();
  // Decisions quoted from elsewhere (`> Decision: …`) are read as where they stand.
  const read = (blocks: RootContent[]) =>
    blocks.forEach((node, i) => {
      if (node.type === 'heading') {
        const text = textLines(node)[0]?.text ?? '';
        // A `Decisions` heading says nothing of what a decision is about.
        heading = HEADING.test(text) ? undefined : topicOf(text);
        // A project page's "Outcome" section is a goal; in meeting notes it is what came out.
        underHeading = HEADING.test(text) && (isMeeting || !/^outcomes?\b/i.test(text));
      } else if (node.type === 'paragraph') {
        const lines = textLines(node);
        const bold = boldLead(node);
        lines.forEach(({ text, line }, n) => {
          const label = labelOf(text, n === 0 ? bold : undefined);
          const next = blocks[i + 1];
          if (label?.value) add(line, label.value);
          else if (label && n === lines.length - 1 && next?.type === 'list') {
            list(next, true);
            readAlready.add(next);
          } else if (!label && settles(text)) add(line, text);
        });
      } else if (node.type === 'list' && !readAlready.has(node)) {
        list(node, underHeading);
      } else if (node.type === 'blockquote') {
        read(node.children);
      }
    });
  read(tree.children);
  return found;
}

/**
 * A bullet that names a topic rather than deciding something: a few words, no sentence, and not
 * an instruction (`Installation improvements`, `Investigating compatibility`, but not `Use Postgres 15`).
 */
const isTopicName = (text: string) =>
  text.split(/\s+/).length <= 8 && !/[.!?;:]\s*$|[.!?;]\s/.test(text) && !startsWithVerb(text);
