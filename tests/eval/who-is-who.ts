/**
 * Names as the evaluations compare them: as people, not spellings. Without letter case (the site
 * gives one spelling per person), and through the labels' hand-made who-is-who
 * (`"Rachel Kelly": ["Rachel"]`), so a person split in two or two merged into one count as errors.
 */
export function personKey(people: Record<string, string[]> = {}) {
  const key = (name: string) => name.normalize('NFKC').toLowerCase();
  const identity = new Map(
    Object.entries(people).flatMap(([person, others]) => [person, ...others].map((n) => [key(n), key(person)])),
  );
  return (name: string) => identity.get(key(name)) ?? key(name);
}
