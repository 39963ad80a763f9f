import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../../src/notes/extract/decisions.ts';
import { parseMarkdown } from '../../../src/notes/markdown.ts';

const decisions = (markdown: string, isMeeting = true) =>
  extractDecisions(parseMarkdown(markdown), isMeeting).map((d) => `${d.line}:${d.text}`);

describe('decisions', () => {
  it('reads inline labels, also nested under a question bullet', () => {
    expect(decisions('**Decision**: Ship on Monday.')).toEqual(['1:Ship on Monday.']);
    expect(decisions('- Ana: Can we drop IE?\n  - **Decision**: Yes, drop it.')).toEqual(['2:Yes, drop it.']);
    expect(decisions('Conclusion: keep the API\nOutcome: one release a month\nAgreed: weekly demos')).toEqual([
      '1:keep the API',
      '2:one release a month',
      '3:weekly demos',
    ]);
    expect(decisions('- **Decision** we keep the old names')).toEqual(['1:we keep the old names']);
  });

  it('reads a list after a bare label', () => {
    expect(decisions('**Conclusions:**\n\n- Use SemVer\n- Start at 0.1.0\n  - detail\n\nLater text')).toEqual([
      '3:Use SemVer',
      '4:Start at 0.1.0',
    ]);
    expect(decisions('- OUTCOME\n  - Keep the wiki\n  - Move the docs')).toEqual([
      '2:Keep the wiki',
      '3:Move the docs',
    ]);
  });

  it('takes the top-level bullets under Decision(s) / Conclusion(s) / Outcome(s) headings', () => {
    expect(
      decisions(
        '### Decisions\n- Use Postgres 15\n  - because of MERGE\n- Drop the cron job\n### Notes\n- Not a decision',
      ),
    ).toEqual(['2:Use Postgres 15', '4:Drop the cron job']);
  });

  it('finds "we decided / agreed" sentences', () => {
    expect(
      decisions('- Decided against analytics in the backend.\n- The team agrees that reviews come first.'),
    ).toEqual(['1:Decided against analytics in the backend.', '2:The team agrees that reviews come first.']);
  });

  it('reads assent closing a line and a proposal answered on its line, not a question of fact', () => {
    expect(
      decisions(
        [
          '- Sponsor a job board? -> Bo volunteers. Agreed.',
          '- Meet on July 1st? Yes.',
          '- Ok to say we are going virtual? NO',
          '- Is the sort transform present? Yes.',
          '- Would it be hard to merge the streams? Yes.',
          '- Nobody agreed',
          '- We all agreed to skip it',
        ].join('\n'),
      ),
    ).toEqual([
      '1:Sponsor a job board? -> Bo volunteers. Agreed.',
      '2:Meet on July 1st? Yes.',
      '3:Ok to say we are going virtual? NO',
      '7:We all agreed to skip it',
    ]);
  });

  it('does not take goals, labels inside words, or a project page outcome section', () => {
    expect(decisions('## Expected outcome\n- A faster build\n\n**Desired outcome**: happy users')).toEqual([]);
    expect(decisions('- Decisions need to be made by Friday\n- The outcome of the poll is unclear')).toEqual([]);
    expect(decisions('## Outcome\n- Users can import CSV files', false)).toEqual([]);
  });
});

describe('the topic of a decision', () => {
  it('is its parent bullet or its section’s heading, never a "Decisions" heading', () => {
    const topics = (markdown: string) =>
      extractDecisions(parseMarkdown(markdown), true).map((d) => `${d.topic ?? '-'}: ${d.text}`);
    expect(topics('## Budget\n- Travel\n  - Decision: fund two speakers\n\n## Decisions\n- Keep the venue')).toEqual([
      'Travel: fund two speakers',
      '-: Keep the venue',
    ]);
  });
});

describe('a topic bullet under a Decisions or Conclusion heading', () => {
  it('is one decision, its outcome the bullets below it, not a decision per topic name', () => {
    const decisions = (markdown: string) =>
      extractDecisions(parseMarkdown(markdown), true).map((d) => `${d.line} ${d.topic ?? '-'}: ${d.text}`);
    expect(
      decisions(
        '### Conclusion\n- Installation\n    - Ana (owner)\n    - Bo (helper)\n- We keep the weekly call.\n- Release planning\n',
      ),
    ).toEqual(['2 Installation: Ana (owner); Bo (helper)', '5 -: We keep the weekly call.', '6 -: Release planning']);
  });
});

describe('decisions as other teams write them', () => {
  it('reads consensus, agreement and no objection, not a report of approvals', () => {
    const texts = (markdown: string) => extractDecisions(parseMarkdown(markdown), true).map((d) => d.text);
    expect(
      texts(
        [
          '- General consensus is that we do not have the budget for this',
          '- Agreed to meet on Thursdays',
          '- No objections to this timeline',
          '- decided to go with per-speaker masks',
          '- Approved some projects and responsibilities. Waiting to hear back.',
          '- Is there consensus on the venue?',
        ].join('\n'),
      ),
    ).toEqual([
      'General consensus is that we do not have the budget for this',
      'Agreed to meet on Thursdays',
      'No objections to this timeline',
      'decided to go with per-speaker masks',
    ]);
  });
});

describe('decisions in quotes', () => {
  it('are read inside a blockquote', () => {
    expect(
      extractDecisions(parseMarkdown('> Decision: keep the venue\n\n> - We decided to ship.'), true).map((d) => d.text),
    ).toEqual(['keep the venue', 'We decided to ship.']);
  });
});
