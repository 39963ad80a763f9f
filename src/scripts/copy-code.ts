// A "Copy" button on each code block of a note, putting the code's text on the clipboard.
const announcer = Object.assign(document.createElement('span'), { className: 'sr-only' });
announcer.setAttribute('role', 'status');
document.body.append(announcer);

for (const pre of document.querySelectorAll<HTMLElement>('.prose pre:not(.mermaid)')) {
  const button = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'copy-code',
    textContent: 'Copy',
  });
  button.setAttribute('aria-label', `Copy ${(pre.getAttribute('aria-label') ?? 'code').toLowerCase()}`);
  button.addEventListener('click', async () => {
    const copied = await navigator.clipboard?.writeText(pre.innerText).then(
      () => true,
      () => false,
    );
    // Without the clipboard (a page served over plain HTTP), the code is selected for Ctrl+C.
    if (!copied) getSelection()?.selectAllChildren(pre);
    announcer.textContent = copied ? 'Copied.' : 'Selected: press Ctrl+C to copy.';
    button.textContent = copied ? 'Copied' : 'Selected';
    setTimeout(() => {
      button.textContent = 'Copy';
      announcer.textContent = '';
    }, 2000);
  });
  const block = Object.assign(document.createElement('div'), { className: 'code-block' });
  pre.before(block);
  block.append(pre, button);
}

export {};
