/**
 * `read`, with each answer kept by this thread for the next time the same text comes: notes
 * repeat headings (`Agenda`) and carry action items word for word from meeting to meeting.
 * Bounded (emptied at `max` answers), as a dev server's thread lives on; texts longer than
 * `maxLength` are read each time, as they seldom come again.
 */
export function remembered<T>(
  read: (text: string) => T,
  { max = 10_000, maxLength = Number.POSITIVE_INFINITY } = {},
): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) return answers.get(text)!;
    const answer = read(text);
    if (text.length > maxLength) return answer;
    if (answers.size >= max) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
