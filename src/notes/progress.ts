/**
 * Reports a long stage once per tenth of it, and nothing for a stage shorter than `min` items:
 * enough to show a large folder is moving, without a line per note.
 */
export function everyTenth(min: number, report: (done: number, total: number) => void) {
  let reported = 0;
  return (done: number, total: number) => {
    const tenth = Math.floor((done / total) * 10);
    if (total < min || tenth <= reported) return;
    reported = tenth;
    report(done, total);
  };
}

/** Progress lines for the read and render stages of a corpus. */
export function corpusProgress(min: number, report: (line: string) => void) {
  const stages = {
    read: everyTenth(min, (done, total) => report(`Parsed ${done}/${total} notes`)),
    render: everyTenth(min, (done, total) => report(`Rendered ${done}/${total} notes`)),
  };
  return (stage: keyof typeof stages, done: number, total: number) => stages[stage](done, total);
}
