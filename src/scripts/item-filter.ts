// The action and decision logs, narrowed as the reader types: every item whose text, owner,
// topic or meeting holds all the words stays, the months holding one open. Without script the
// log is whole, and its prerendered views (open, stale, done, per person and series) filter it.
// A search landmark, not a form: nothing is sent anywhere (and a site's pages hold no form).
const form = document.querySelector<HTMLElement>('[data-item-filter]')!;
const input = form.querySelector('input')!;
const output = form.querySelector('output')!;
const months = [...document.querySelectorAll<HTMLDetailsElement>('details.month')];
const wasOpen = new Map(months.map((m) => [m, m.open]));
const items = [...document.querySelectorAll<HTMLElement>('details.month li.item')];
// The words a reader may type for an item: its own, and its meeting's heading.
const words = new Map(
  items.map((li) => [
    li,
    `${li.innerText} ${li.closest('.item-group')?.querySelector('.item-group-title')?.textContent ?? ''}`.toLowerCase(),
  ]),
);

form.hidden = false;
input.addEventListener('input', () => {
  const wanted = input.value.toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const li of items) {
    const match = wanted.every((w) => words.get(li)!.includes(w));
    li.hidden = !match;
    if (match) shown++;
  }
  for (const group of document.querySelectorAll<HTMLElement>('details.month .item-group'))
    group.hidden = !group.querySelector('li.item:not([hidden])');
  for (const month of months) {
    const any = Boolean(month.querySelector('li.item:not([hidden])'));
    month.hidden = !any;
    month.open = wanted.length ? any : wasOpen.get(month)!;
  }
  output.textContent = wanted.length ? `${shown} of ${items.length}` : '';
});

export {};
