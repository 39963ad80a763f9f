import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pMap from 'p-map';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser.ts';
import { sanitizeSvg } from '../../src/notes/svg.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const XHTML = 'http://www.w3.org/1999/xhtml';
/** Fills the page, so the mouse is over it; must still be there once sanitized. */
const KEPT = '<rect id="kept" width="100%" height="100%" fill="teal"/>';
const svg = (body: string, attributes = '', prolog = '') =>
  `${prolog}<svg ${NS} width="400" height="400"${attributes}>${body}</svg>`;

/**
 * SVG files opened on their own, as a reader would open an attachment: each payload, if it runs or
 * loads, requests `/ran/<name>…` from the server that serves them. Only payloads seen to run in
 * Chromium as written are here (an `<embed>`, a `<SCRIPT>` or a nested SVG image do not), so the
 * test fails if sanitizing lets one through.
 */
const PAYLOADS: Record<string, string> = {
  script: svg(`${KEPT}<script>fetch('/ran/script')</script>`),
  'script-cdata': svg(`${KEPT}<script><![CDATA[ if (1 < 2) fetch('/ran/script-cdata') ]]></script>`),
  'script-href': svg(`${KEPT}<script href="/ran/script-href.js"/>`),
  'xhtml-script': svg(`${KEPT}<h:script xmlns:h="${XHTML}">fetch('/ran/xhtml-script')</h:script>`),
  onload: svg(KEPT, ` onload="fetch('/ran/onload')"`),
  'onclick-onmouseover': svg(
    `<rect id="kept" width="100%" height="100%" onclick="fetch('/ran/onclick-onmouseover/click')" onmouseover="fetch('/ran/onclick-onmouseover/over')"/>`,
  ),
  'foreignObject-img-onerror': svg(
    `${KEPT}<foreignObject width="100" height="100"><div xmlns="${XHTML}"><img src="/missing.png" onerror="fetch('/ran/foreignObject-img-onerror')"/></div></foreignObject>`,
  ),
  'xhtml-iframe': svg(`${KEPT}<iframe xmlns="${XHTML}" src="/ran/xhtml-iframe"/>`),
  'xhtml-meta-refresh': svg(
    `${KEPT}<meta xmlns="${XHTML}" http-equiv="refresh" content="0;url=/ran/xhtml-meta-refresh"/>`,
  ),
  'a-javascript': svg(`<a href="javascript:fetch('/ran/a-javascript')">${KEPT}</a>`),
  'a-xlink-entity-javascript': svg(
    `<a xlink:href="javascript&#58;fetch('/ran/a-xlink-entity-javascript')">${KEPT}</a>`,
  ),
  'a-other-page': svg(`<a href="/ran/a-other-page">${KEPT}</a>`),
  'set-href-javascript': svg(
    `<a><set attributeName="href" to="javascript:fetch('/ran/set-href-javascript')"/>${KEPT}</a>`,
  ),
  'animate-href-javascript': svg(
    `<a><animate attributeName="href" values="javascript:fetch('/ran/animate-href-javascript')" dur="0.01s" fill="freeze"/>${KEPT}</a>`,
  ),
  'doctype-entity-markup': svg(
    `${KEPT}&x;`,
    '',
    `<!DOCTYPE svg [<!ENTITY x "<script>fetch('/ran/doctype-entity-markup')</script>">]>`,
  ),
  'use-external': svg(`${KEPT}<use href="/ran/use-external.svg#a"/>`),
  'image-external': svg(`${KEPT}<image href="/ran/image-external.png" width="10" height="10"/>`),
  'feImage-external': svg(
    `<filter id="f"><feImage href="/ran/feImage-external.png"/></filter><rect id="kept" width="100%" height="100%" filter="url(#f)"/>`,
  ),
  'style-import': svg(`<style>@import url(/ran/style-import.css);</style>${KEPT}`),
  'style-font-face': svg(
    `<style>@font-face { font-family: X; src: url(/ran/style-font-face.woff) } text { font-family: X }</style>${KEPT}<text x="10" y="20">hi</text>`,
  ),
  'style-background': svg(`<style>svg { background-image: url(/ran/style-background.png) }</style>${KEPT}`),
  'style-attribute': svg(KEPT, ' style="background-image: url(/ran/style-attribute.png)"'),
  'fill-external': svg(`<rect id="kept" width="100%" height="100%" fill="url(/ran/fill-external.svg#p)"/>`),
  'filter-external': svg(
    `<rect id="kept" width="100%" height="100%" style="filter: url(/ran/filter-external.svg#f)"/>`,
  ),
  'cursor-external': svg(
    `<rect id="kept" width="100%" height="100%" style="cursor: url(/ran/cursor-external.png), auto"/>`,
  ),
  'xml-stylesheet': svg(KEPT, '', '<?xml-stylesheet type="text/css" href="/ran/xml-stylesheet.css"?>'),
};

describe('hostile SVG files opened in Chromium', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  const files = new Map<string, string>();
  const requests: string[] = [];

  beforeAll(async () => {
    for (const [name, source] of Object.entries(PAYLOADS)) {
      files.set(`/raw/${name}.svg`, source);
      const result = await sanitizeSvg(new TextEncoder().encode(source));
      if (!result.ok) throw new Error(`${name} refused: ${result.reason}`);
      files.set(`/sanitized/${name}.svg`, new TextDecoder().decode(result.svg));
    }
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      const body = files.get(request.url ?? '');
      response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'image/svg+xml' });
      response.end(body ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** What `name`'s payload requested under /ran/ (its URLs start with its name). */
  const ranBy = (name: string) => requests.filter((url) => new RegExp(`^/ran/${name}(?=$|[/.])`).test(url));

  /**
   * Opens each file as a top-level document, a few at a time, hovers and clicks it; per file,
   * what it requested under /ran/, the dialogs it opened and whether the drawing is there.
   */
  async function open(folder: string) {
    requests.length = 0;
    const seen = await pMap(
      Object.keys(PAYLOADS),
      async (name) => {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(`dialog: ${dialog.message()}`);
          void dialog.dismiss();
        });
        await page.goto(`${origin}/${folder}/${name}.svg`);
        await page.waitForTimeout(150);
        await page.mouse.move(100, 100);
        await page.mouse.click(100, 100);
        await page.waitForTimeout(250);
        const drawn = await page.evaluate(() => document.getElementById('kept') !== null).catch(() => false);
        await page.close();
        return [name, { dialogs, drawn }] as const;
      },
      { concurrency: 8 },
    );
    return Object.fromEntries(
      seen.map(([name, { dialogs, drawn }]) => [name, { ran: [...ranBy(name), ...dialogs], drawn }]),
    );
  }

  it('run every payload as written (so the next test can fail)', async () => {
    const seen = await open('raw');
    const missed = Object.entries(seen).filter(([name, { ran }]) => !ran.some((url) => url.startsWith(`/ran/${name}`)));
    expect(missed).toEqual([]);
  });

  it('run none once sanitized, and still show the drawing', async () => {
    const seen = await open('sanitized');
    expect(Object.entries(seen).filter(([, { ran }]) => ran.length > 0)).toEqual([]);
    expect(requests.filter((url) => url.startsWith('/ran/'))).toEqual([]);
    expect(
      Object.entries(seen)
        .filter(([, { drawn }]) => !drawn)
        .map(([name]) => name),
    ).toEqual([]);
  });
});
