import { describe, expect, it } from 'vitest';
import { attendeesIn, parseAttendeeValue } from '../../../src/notes/extract/attendees.ts';
import { parseMarkdown } from '../../../src/notes/markdown.ts';
import { createPeople } from '../../../src/notes/people.ts';

const people = createPeople({ 'Tomasz Wójcik': ['Tomasz', 'Tom'], 'Marisol Vega': ['Mari'] });
const names = (markdown: string) => attendeesIn(parseMarkdown(markdown).children, createPeople()).map((a) => a.name);

describe('attendee lines', () => {
  it.each([
    ['**Attendees**: Ana, Bo, Chen'],
    ['**Attendees:** Ana, Bo, Chen'],
    ['**Attendees**:  Ana, Bo, Chen'],
    ['Attendees: Ana, Bo, Chen'],
    ['Attendeees: Ana, Bo, Chen'],
    ['Meeting attendees: Ana, Bo, Chen'],
    ['**Participants**: Ana, Bo, Chen'],
    ['**Participants:** Ana, Bo, Chen'],
    ['- **Participants:** Ana, Bo, Chen'],
    ['- **Participants:**: Ana, Bo, Chen'],
    ['* **Participants**: Ana, Bo, Chen'],
    ['- **Attendees**: Ana, Bo, Chen'],
    ['- Attending: Ana, Bo, Chen'],
    ['Present: Ana, Bo, Chen'],
    ['- **Required participants:**: Ana, Bo, Chen'],
    ['Attendees: Ana/Bo/Chen.'],
    ['Attendees: Ana, Bo and Chen'],
    ['Attendees: Ana + Bo & Chen'],
  ])('reads %s', (line) => {
    expect(names(line)).toEqual(['Ana', 'Bo', 'Chen']);
  });

  it('reads names one per line after a bare label, up to the next label', () => {
    expect(names('PRESENT\nAna Lima\nBo\nChen Li (chair)\nRegrets: Dee')).toEqual(['Ana Lima', 'Bo', 'Chen Li']);
    expect(names('Participants:\nAna\nBo\n\nAgenda')).toEqual(['Ana', 'Bo']);
    expect(names('## Attendance\n\nAna\nBo\n\nLater text')).toEqual(['Ana', 'Bo']);
    expect(names('### Attendees\n\nAna, Bo')).toEqual(['Ana', 'Bo']);
  });

  it("reads which of several lists under a label are this meeting's", () => {
    const md = '## Attendees\n- From last week: Ana, Zed\n- Current: Ana, Bo\n- Apologies: Cy\n- Facilitator: Dee';
    expect(names(md)).toEqual(['Ana', 'Bo']);
    expect(names('Attendees (M): Ana, Bo\n\nAttendees (F): Bo, Chen')).toEqual(['Ana', 'Bo', 'Chen']);
  });

  it('keeps handles and lower-case nicknames as written, a name with its handle as one person', () => {
    expect(names('Attendees: der.hans, wilco, Don/sntxrr, Ana/Bo')).toEqual(['der.hans', 'wilco', 'Don', 'Ana', 'Bo']);
    expect(names('Attendees: canceled')).toEqual([]);
    expect(names('Apologies: Ana, Bo\n\nRegrets: Cy\n\nAbsent: Dee\n\nFacilitator: Ed')).toEqual([]);
  });

  it('drops roles and organisations written with a name', () => {
    expect(names('Attendees: Carsten Bormann (T2TRG Chair), Jane Doe, IAB, Ana - notes, Salt (late), AJ')).toEqual([
      'Carsten Bormann',
      'Jane Doe',
      'Ana',
      'Salt',
      'AJ',
    ]);
  });

  it('keeps a name followed by a remark only when it says part of the time, as partial', () => {
    const read = (line: string) => attendeesIn(parseMarkdown(line).children, createPeople());
    expect(read('Attendees: Prasket, Deb just for a few minutes, wilco (but was late!), Cy joined the call')).toEqual([
      { name: 'Prasket' },
      { name: 'Deb', partial: true },
      { name: 'wilco', partial: true },
    ]);
  });

  it('reads a label line inside a metadata paragraph, at its own line', () => {
    expect(names('**Topic**: Roadmap: next steps\n**Attendees**: Ana, Bo\n**Notes**: Chen')).toEqual(['Ana', 'Bo']);
  });

  it('reads the list below an empty label or an Attendees heading', () => {
    expect(names('Attending:\n- Ana\n- Bo\n\nOther text')).toEqual(['Ana', 'Bo']);
    expect(names('- Attending:\n  - Ana\n  - Bo (partial)\n- Agenda')).toEqual(['Ana', 'Bo']);
    expect(names('## Attendees\n\n- Ana\n- Bo\n')).toEqual(['Ana', 'Bo']);
  });

  it('collects per-topic lists across the note, once per person', () => {
    expect(names('## Topic one\n- **Participants:** Ana, Bo\n## Topic two\n- **Participants:** Bo, Chen')).toEqual([
      'Ana',
      'Bo',
      'Chen',
    ]);
  });

  it('reads "X and Y also attended"', () => {
    expect(names('Continued on 2024-06-14, Ana and Bo also attended.')).toEqual(['Ana', 'Bo']);
  });

  it('ignores examples in code, labels that are not attendance, and mere mentions', () => {
    expect(names('```\n**Attendees**: Ana\n```')).toEqual([]);
    expect(
      names('**Meeting owner**: Ana\n- **Additional participants:**: *Please replace this with your name*'),
    ).toEqual([]);
    expect(names('Ana attended the conference. Present UX principles to Bo')).toEqual([]);
  });
});

describe('attendee values', () => {
  const parse = (value: string) => parseAttendeeValue(value, people);

  it('keeps (partial) and similar qualifiers as a flag, drops others', () => {
    expect(parse('Ana (partial), Bo (notes), Chen - late')).toEqual([
      { name: 'Ana', partial: true },
      { name: 'Bo', partial: false },
      { name: 'Chen', partial: false },
    ]);
  });

  it('does not count absences as attendance', () => {
    expect(parse('Core team, Ana out')).toEqual([]);
    expect(parse('Entire core team (Ana was out)')).toEqual([]);
    expect(parse('Ana, Bo: did not attend')).toEqual([{ name: 'Ana', partial: false }]);
  });

  it('takes no group term or placeholder for a person', () => {
    for (const value of [
      'Entire core team',
      'All core team members',
      'everyone',
      'No one',
      'TBD',
      'Core frontend team',
      'people interested in list types',
      'Everyone who joined the proposal phase',
    ]) {
      expect(parse(value), value).toEqual([]);
    }
    expect(parse('Entire core team + Ana')).toEqual([{ name: 'Ana', partial: false }]);
  });

  it('does not take either-or choices as attendance', () => {
    expect(parse('Backend team (Ana, Bo, or Chen)')).toEqual([]);
    expect(parse('Ana or Bo, Chen')).toEqual([{ name: 'Chen', partial: false }]);
  });

  it('maps aliases to one person, case-insensitively', () => {
    expect(parse('Tom, tomasz, Mari, Marisol Vega')).toEqual([
      { name: 'Tomasz Wójcik', partial: false },
      { name: 'Tomasz Wójcik', partial: false },
      { name: 'Marisol Vega', partial: false },
      { name: 'Marisol Vega', partial: false },
    ]);
  });

  it('merges repeated mentions: partial only when every mention says so', () => {
    const list = attendeesIn(
      parseMarkdown('- **Participants:** Ana (partial), Bo (partial)\n- **Participants:** Ana').children,
      people,
    );
    expect(list).toEqual([{ name: 'Ana' }, { name: 'Bo', partial: true }]);
  });

  it('splits at "and" only as a word, so names ending in "and" stay whole', () => {
    expect(parseAttendeeValue('Roland, Bo and Ana', createPeople({})).map((m) => m.name)).toEqual([
      'Roland',
      'Bo',
      'Ana',
    ]);
  });
});
