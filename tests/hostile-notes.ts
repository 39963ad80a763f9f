import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What a payload does if it ever runs: the browser tests watch for all three. */
const RUN = 'alert(1)';
const FLAG = 'self.pwned=1';

/**
 * Notes written to attack the site's readers, one trick each (our own corpus). Bodies are
 * Markdown; `header` fields are front-matter lines. Every payload either opens a dialog, sets
 * `window.pwned`, or requests /pwned, if it runs.
 */
const BODIES: Record<string, string> = {
  'script-tag': `<script>${RUN}</script>`,
  'script-uppercase': `<SCRIPT SRC=/pwned.js></SCRIPT>`,
  'script-split': `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  'img-onerror': `<img src=x onerror="${RUN}">`,
  'svg-onload': `<svg onload="${RUN}"><circle r="5"/></svg>`,
  'svg-script': `<svg><script>${FLAG}</script></svg>`,
  'svg-animate-href': `<svg><a><animate attributeName="href" values="javascript:${RUN}"/><text y="20">click</text></a></svg>`,
  'svg-use-data': `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${RUN}'/></svg>#x"/></svg>`,
  'mathml-href': `<math><mtext><a href="javascript:${RUN}">math link</a></mtext></math>`,
  'mathml-maction': `<math><maction actiontype="statusline#http://x" xlink:href="javascript:${RUN}">x</maction></math>`,
  'details-ontoggle': `<details open ontoggle="${RUN}"><summary>s</summary>x</details>`,
  'body-onload': `<body onload="${RUN}">`,
  'div-onmouseover': `<div onmouseover="${RUN}" onfocus="${FLAG}" tabindex="0">hover me</div>`,
  'a-javascript': `[click](javascript:${RUN})`,
  'a-javascript-mixed-case': `[click](JaVaScRiPt:${RUN})`,
  'a-javascript-entities': `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN}">entities</a>`,
  'a-javascript-hex-entities': `<a href="&#x6A;avascript&#x3A;${RUN}">hex</a>`,
  'a-javascript-tab': `<a href="jav&#x09;ascript:${RUN}">tab</a>`,
  'a-javascript-leading-space': `<a href=" javascript:${RUN}">space</a>`,
  'a-vbscript': `[vb](vbscript:msgbox(1))`,
  'a-data-html': `[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  'reference-link': `[ref][evil]\n\n[evil]: javascript:${RUN}`,
  'reference-image': `![ref][evil]\n\n[evil]: javascript:${RUN}`,
  autolink: `<javascript:${RUN}>`,
  'image-javascript': `![x](javascript:${RUN})`,
  'iframe-srcdoc': `<iframe srcdoc="<script>parent.${FLAG}</script>"></iframe>`,
  'iframe-javascript': `<iframe src="javascript:${RUN}"></iframe>`,
  'iframe-foreign': `<iframe src="https://evil.example/"></iframe>`,
  'base-tag': `<base href="https://evil.example/">\n\n[relative](some/page)`,
  'meta-refresh': `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  'object-embed': `<object data="javascript:${RUN}"></object><embed src="/pwned.swf">`,
  'form-action': `<form action="javascript:${RUN}"><button formaction="javascript:${RUN}">go</button><input type="submit"></form>`,
  'style-expression': `<div style="background:url(javascript:${RUN});width:expression(${RUN})">styled</div>`,
  'style-tag': `<style>body{background:url("/pwned")}</style><link rel="stylesheet" href="/pwned.css">`,
  'attribute-block-onclick': `Click here\n{onclick="${RUN}"}`,
  'attribute-block-href': `[x](/home){href="javascript:${RUN}"}`,
  'attribute-block-style': `## Heading {style="background:url(/pwned)" onmouseover="${RUN}"}`,
  'attribute-block-class-breakout': `Text\n{.x" onmouseover="${RUN}}`,
  'callout-payload': `> <img src=x onerror="${RUN}">\n{.is-info}`,
  'tabset-payload': `## Tabs {.tabset}\n### <img src=x onerror="${RUN}">\nbody`,
  'link-list-payload': `- [a](javascript:${RUN})\n{.links-list}`,
  'mermaid-click':
    '```mermaid\n%%{init: {"securityLevel": "loose"}}%%\ngraph TD\nA-->B\nclick A callback "x"\nclick B "javascript:alert(1)"\n```',
  'code-escape': '```html\n</code></pre><script>alert(1)</script>\n```',
  'html-comment-breakout': `<!-- --><script>${RUN}</script><!-- -->`,
  'noscript-breakout': `<noscript><p title="</noscript><img src=x onerror=${RUN}>"></noscript>`,
  'template-content': `<template><img src=x onerror="${RUN}"></template>`,
  'emoji-shortcode-breakout': `:"><img src=x onerror=${RUN}>:`,
  'action-item-payload': `**Attendees**: Ana\n\n## Action items\n- Ana will <img src=x onerror="${RUN}"> fix it\n- [ ] <a href="javascript:${RUN}">task</a>`,
  'decision-payload': `## Decisions\n- We decided <svg onload="${RUN}"></svg> to ship.`,
};

/** Payloads in the header: title, description, tags and attendees reach many pages and the search index. */
const HEADERS: Record<string, string> = {
  'title-script': `title: <script>${RUN}</script> Weekly`,
  'title-img': `title: "<img src=x onerror=${RUN}>"`,
  'description-payload': `title: Description attack\ndescription: "\\"><svg onload=${RUN}>"`,
  'tags-payload': `title: Tag attack\ntags: "<img src=x onerror=${RUN}>", normal`,
  'attendees-payload': `title: 2024-06-03 Attendee attack\nattendees: "<img src=x onerror=${RUN}>", Ana`,
  'series-payload': `title: Series attack\nmeetingDate: 2024-06-04\nseries: "</script><script>${RUN}</script>"`,
};

/** Writes the hostile notes (all published, so every page, index and search record carries them). */
export async function writeHostileNotes(dir: string) {
  const header = (extra = '') =>
    `---\n${extra || 'title: Hostile'}\npublished: true\ndate: 2024-06-01T10:00:00.000Z\n---\n\n`;
  await mkdir(join(dir, 'hostile'), { recursive: true });
  for (const [name, body] of Object.entries(BODIES))
    await writeFile(
      join(dir, 'hostile', `${name}.md`),
      `${header(`title: ${name}`)}**Attendees**: Ana, Bo\n\n${body}\n`,
    );
  for (const [name, lines] of Object.entries(HEADERS))
    await writeFile(join(dir, 'hostile', `${name}.md`), `${header(lines)}Body with the word hostile.\n`);
  await writeFile(
    join(dir, 'home.md'),
    `${header('title: Hostile wiki')}Every note under [hostile](/hostile) tries to run script.\n`,
  );
  return Object.keys(BODIES).length + Object.keys(HEADERS).length;
}
