import { describe, expect, it } from 'vitest';
import { extractActions } from '../../../src/notes/extract/actions.ts';
import { parseMarkdown } from '../../../src/notes/markdown.ts';
import { createPeople, knownPeople } from '../../../src/notes/people.ts';

const people = createPeople({ Dominykas: ['Dom'] });
const known = knownPeople(['Ana', 'Bo', 'Chen Li'], people, { Dominykas: ['Dom'] });
const actions = (markdown: string) =>
  extractActions(parseMarkdown(markdown), known).map(({ line, owners, kind, status }) => ({
    line,
    owners,
    kind,
    status,
  }));
const kinds = (markdown: string) =>
  extractActions(parseMarkdown(markdown), known).map((a) => `${a.kind}:${a.owners.join('+')}`);

describe('action items: the six kinds', () => {
  it('will: "<Person> will …", several persons, "is going to", also after a label', () => {
    expect(kinds('Ana will send the invite.')).toEqual(['will:Ana']);
    expect(kinds('- Ana and Dom will pair on the migration')).toEqual(['will:Ana+Dominykas']);
    expect(kinds('- Chen Li is going to draft the RFC')).toEqual(['will:Chen Li']);
    expect(kinds('**Next steps**: Bo will schedule the review.')).toEqual(['will:Bo']);
    expect(kinds('- The tests pass now. Bo will merge it after review.')).toEqual(['will:Bo']);
  });

  it('to: "<Person> to <verb>" as an assignment', () => {
    expect(kinds('- Bo to send the invite')).toEqual(['to:Bo']);
  });

  it('colon: "**Person**: task" and "Person: task", several owners', () => {
    expect(kinds('- **Ana**: Localization\n- Bo & Dom: Improve installs')).toEqual(['colon:Ana', 'colon:Bo+Dominykas']);
  });

  it('person-section: bullets under "### Name" in a plans section, top level only', () => {
    const md =
      '## Priorities per person\n### Ana\n- Ship the importer\n  - detail that is not an item\n### Bo\n- Review the docs';
    expect(actions(md)).toEqual([
      { line: 3, owners: ['Ana'], kind: 'person-section', status: 'open' },
      { line: 6, owners: ['Bo'], kind: 'person-section', status: 'open' },
    ]);
  });

  it('next-steps: bullets under a heading or label, owner from the text, the label or nobody', () => {
    expect(kinds('## Next steps\n- Update the roadmap\n- Load test again - Dom\n- Bo will write the summary')).toEqual([
      'next-steps:',
      'next-steps:Dominykas',
      'will:Bo',
    ]);
    expect(kinds('Action items:\n- Book the room (Ana)\n\nOther text')).toEqual(['next-steps:Ana']);
    expect(kinds('### Action items for Bo\n- Add docs')).toEqual(['next-steps:Bo']);
    expect(kinds('- Next steps: draft the plan\n  - Ana will check the issues\n  - Update the board')).toEqual([
      'next-steps:',
      'will:Ana',
      'next-steps:',
    ]);
    expect(kinds('## Action items\n- Ana:\n  - Move the tickets\n  - Close the milestone')).toEqual([
      'next-steps:Ana',
      'next-steps:Ana',
    ]);
  });

  it('task: GFM task items, open or done, with the persons they name', () => {
    expect(actions('- [ ] Ana: order the phones\n- [x] Publish the notes')).toEqual([
      { line: 1, owners: ['Ana'], kind: 'task', status: 'open' },
      { line: 2, owners: [], kind: 'task', status: 'done' },
    ]);
  });

  it('marks a struck-through item done', () => {
    expect(actions('## Next steps\n- ~~Send the invite~~')).toEqual([
      { line: 2, owners: [], kind: 'next-steps', status: 'done' },
    ]);
  });
});

describe('action items: what is not one', () => {
  it.each([
    ['a label that is no person', '- **Difficulty**: Easy\n- **Summary**: a long summary of the project'],
    ['a capitalised word that is no person', 'Design will review the mockups.\n\n- Frontend to pick a date'],
    ['a past-tense report', '## Priorities per person\n### Ana\n- Fixed the build\n- Merged the importer'],
    ['a question', '- Bo will take this?\n## Next steps\n- Should we ship it?'],
    ['an opinion or remark', '- Ana: I think we should wait\n- Bo: this could help a lot with the release'],
    ['a plan with no owner outside next steps', "- We'll talk about it later\n- Revisit the pricing page"],
    ['being away', 'Ana will be out next week.'],
    ['a retrospective', '## Retrospective\n### Ana\n- Shipped the importer on time'],
    ['an absence', '- **Bo**: *did not attend meeting*'],
    ['a mere mention', '- Ana and Bo discussed the release'],
    ['an example in code', '```\nAna will send the invite.\n```'],
  ])('%s', (_, markdown) => {
    expect(actions(markdown)).toEqual([]);
  });

  it('takes a check-in line only when it commits to something', () => {
    expect(kinds('## Progress check-in\n### Ana\n- Working on the importer\n- Will finish the docs this week')).toEqual(
      ['will:Ana'],
    );
  });
});

describe('owners nobody knows', () => {
  const owned = (markdown: string) =>
    extractActions(parseMarkdown(markdown), known).map((a) => [...a.owners, ...(a.groups ?? [])].join('+'));

  it('takes as owners people and groups the notes never named, when a task for them follows', () => {
    expect(
      owned(
        [
          '- Stephen Farrell to look at the errata',
          '- Action - JS to give PM access to the repo',
          '- Priyanka and Mukesh will pair on it',
          '- Dev team to investigate the crash',
          '- The IRSG to review the draft',
          '- Everyone to read the RFC',
          '- Colin replied that he will raise it',
          '- chen li to write the summary',
        ].join('\n'),
      ),
    ).toEqual(['Stephen Farrell', 'JS', 'Priyanka+Mukesh', 'Dev team', 'The IRSG', 'Everyone', 'Colin', 'Chen Li']);
  });

  it('makes no owner of a thing, a topic or a verb, nor a task of a state', () => {
    expect(
      owned(
        [
          '- Design will be discussed next week',
          '- Installation will be easier',
          '- Time to wrap up',
          '- Nothing to report',
          '- Postgres will be upgraded',
          '- Budget to be finalised',
          '- The RFC will include sub-tasks',
          '- Try to choose small projects',
          '- Everyone will need a copy',
          '- Reminder to submit your talk',
          '- Discussion will continue async',
          '- UI to simplify the install',
          '- Data Explorer will occupy the sprint',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('reports a next step that starts with a name it cannot read as a person, and makes no owner of it', () => {
    const strangers: string[] = [];
    const found = extractActions(
      parseMarkdown('## Next steps\n- Salt will send the list\n- Update the roadmap'),
      known,
      (line, name) => strangers.push(`${line}:${name}`),
    );
    expect(strangers).toEqual(['2:Salt']);
    expect(found.map((a) => a.owners)).toEqual([[], []]);
  });
});

describe('action items marked with their status', () => {
  const marked = (markdown: string) =>
    extractActions(parseMarkdown(markdown), known).map((a) => `${a.status}:${a.owners.join('+')}:${a.text}`);

  it('reads the marks teams write beyond [ ] and [x], with owners in parentheses at either end', () => {
    expect(
      marked(
        [
          '- [/] set up the form (Ana)',
          '- [>] #137 write the post (Bo, Dom)',
          '- [<] ship the swag (Ana)',
          '- [-] email the host (Chen Li)',
          '- [TODO] (Bo) set up the alias',
          '- [DONE 9/28] (Ana) redo the logo',
          '- [In-Progress] (ana) organise the meeting',
          '- [TwOntDO] (Ana) talk to Lisa',
          '- ✔ sent the invite',
          '- [ ] draft the budget (Ana and Bo)',
        ].join('\n'),
      ),
    ).toEqual([
      'in-progress:Ana:set up the form (Ana)',
      'moved:Bo+Dominykas:#137 write the post (Bo, Dom)',
      'moved:Ana:ship the swag (Ana)',
      'cancelled:Chen Li:email the host (Chen Li)',
      'open:Bo:(Bo) set up the alias',
      'done:Ana:(Ana) redo the logo',
      'in-progress:Ana:(ana) organise the meeting',
      'cancelled:Ana:(Ana) talk to Lisa',
      'done::sent the invite',
      'open:Ana+Bo:draft the budget (Ana and Bo)',
    ]);
  });

  it('reads the words teams put in the box', () => {
    expect(
      marked('- [DROP] (Ana) a\n- [PASSED] (Ana) b\n- [On-Going] (Ana) c\n- [In-Review] (Ana) d\n- [BUMP] (Ana) e'),
    ).toEqual([
      'cancelled:Ana:(Ana) a',
      'moved:Ana:(Ana) b',
      'in-progress:Ana:(Ana) c',
      'in-progress:Ana:(Ana) d',
      'open:Ana:(Ana) e',
    ]);
  });

  it('takes "- DONE" at the end as done, and a parenthesis that names no one as no owner', () => {
    expect(marked('- [TODO] (Ana) send the copy - DONE\n- [TODO] tidy the repo (optional)')).toEqual([
      'done:Ana:(Ana) send the copy - DONE',
      'open::tidy the repo (optional)',
    ]);
  });

  it('reads ACTION: and AI: labels and bullets under "Previous TODOs"', () => {
    expect(
      marked('ACTION: Bo to draft a post\n\nAI: check the venue\n\n### Previous TODOs\n- (Ana) remind people'),
    ).toEqual(['open:Bo:Bo to draft a post', 'open::check the venue', 'open:Ana:(Ana) remind people']);
  });
});

describe('rounds of remarks', () => {
  it('take "- Name: remark" under a check-in or sign-off round as no task, but still a commitment', () => {
    expect(
      kinds('## Sign-off round\n- Ana: Productive meeting.\n- Bo: great to see everyone\n- Bo will send the notes'),
    ).toEqual(['will:Bo']);
    expect(kinds('## Owners\n- Ana: Localization')).toEqual(['colon:Ana']);
    // In their own words after their name: a commitment, unless it only expects or hopes.
    expect(
      kinds(
        '## Sign-off round\n- Ana: will check the venue. Happy to be here.\n- Bo: Will probably be out next week\n- Bo: will need a new project',
      ),
    ).toEqual(['will:Ana']);
  });

  it('takes "(Owner) what was done - DONE" as a done task whatever its words', () => {
    expect(actions('- (Bo) New blog post with our dates - DONE\n- (Ana) New blog post with our dates')).toEqual([
      { line: 1, owners: ['Bo'], kind: 'colon', status: 'done' },
    ]);
  });
});

describe('the topic of an item', () => {
  it('is its parent bullet, else its section’s heading, never an "Action items" heading', () => {
    const topics = (markdown: string) => extractActions(parseMarkdown(markdown), known).map((a) => a.topic ?? '-');
    expect(
      topics(
        '## Venue\n- Catering\n  - Ana will call the caterer\n- Bo to book the room\n\n## Action items\n- [ ] send the notes',
      ),
    ).toEqual(['Catering', 'Venue', '-']);
  });
});

describe('groups as owners', () => {
  it('keeps a group named in parentheses as written, beside the people, with no person made of it', () => {
    const owners = (markdown: string) =>
      extractActions(parseMarkdown(markdown), known).map((a) => `${a.owners.join('+')}|${(a.groups ?? []).join('+')}`);
    expect(
      owners(
        '- [TODO] (everyone) vote on keynotes\n- [ ] review the budget (Ana, Finance committee)\n- [ ] tidy up (optional)',
      ),
    ).toEqual(['|everyone', 'Ana|Finance committee', '|']);
  });
});

describe('owners written first in parentheses', () => {
  it('make an item of an instruction, not of a report or a remark', () => {
    const items = (markdown: string) =>
      extractActions(parseMarkdown(markdown), known).map((a) => `${a.owners.join('+')}:${a.text}`);
    expect(
      items(
        [
          '- (Ana) remind people about the fliers',
          '- (Bo) to write the blog post - DONE',
          '- (Ana and Bo) set up the form',
          '- (Ana) sent some of these out',
          '- (Bo) looking forward to the talks',
          '- (Ana) would have been nice to start earlier',
          '- (Bo) there are some website updates',
        ].join('\n'),
      ),
    ).toEqual([
      'Ana:(Ana) remind people about the fliers',
      'Bo:(Bo) to write the blog post - DONE',
      'Ana+Bo:(Ana and Bo) set up the form',
    ]);
  });
});

describe('items in quotes and comments', () => {
  it('reads items inside a blockquote, and never text inside an HTML comment', () => {
    expect(
      kinds('> - Bo to send the invite\n> - [ ] check the room\n\n<!--\n- [ ] Ana to fill in the template\n-->'),
    ).toEqual(['to:Bo', 'task:']);
  });
});

describe('plain-text bullets', () => {
  it('read "o " and "• " lines of a paragraph as items', () => {
    expect(kinds('Follow-ups:\no Bo to send the invite\n• Ana will book the room')).toEqual(['to:Bo', 'will:Ana']);
  });
});
