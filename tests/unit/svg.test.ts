import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeSvg, SVG_MAX_BYTES } from '../../src/notes/svg.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const XHTML = 'http://www.w3.org/1999/xhtml';
/** Each hostile file also draws this, which must survive. */
const KEPT = '<rect id="kept" width="10" height="10" fill="teal"/>';
const svg = (body: string, attributes = '') => `<svg ${NS}${attributes} viewBox="0 0 10 10">${body}${KEPT}</svg>`;

/** Files made to run script, load from elsewhere or blow up the parser; every external address is on evil.example. */
const HOSTILE: Record<string, string> = {
  'script element': svg('<script>alert(1)</script>'),
  'script with CDATA': svg('<script type="text/javascript"><![CDATA[ if (1 < 2) alert(1) ]]></script>'),
  'script with src': svg('<script href="https://evil.example/x.js"/><script xlink:href="https://evil.example/y.js"/>'),
  'event handlers': svg(
    '<g onclick="alert(1)"><circle r="2" onmouseover="alert(2)" onfocusin="alert(3)"/></g>',
    ' onload="alert(0)"',
  ),
  'foreignObject with HTML and script': svg(
    `<foreignObject width="10" height="10"><div xmlns="${XHTML}"><script>alert(1)</script><img src="x" onerror="alert(2)"/><iframe src="https://evil.example/"/></div></foreignObject>`,
  ),
  'XHTML script and iframe without foreignObject': svg(
    `<h:script xmlns:h="${XHTML}">alert(1)</h:script><iframe xmlns="${XHTML}" src="https://evil.example/"/><embed xmlns="${XHTML}" src="https://evil.example/x.swf"/><object xmlns="${XHTML}" data="https://evil.example/x"/>`,
  ),
  'iframe and embed in the SVG namespace': svg(
    '<iframe src="https://evil.example/"/><embed src="https://evil.example/"/>',
  ),
  'javascript: links': svg(
    '<a href="javascript:alert(1)"><text>a</text></a><a xlink:href="javascript:alert(2)"><text>b</text></a><a href=" JaVaScRiPt:alert(3)"><text>c</text></a>',
  ),
  'entity-encoded and split javascript:': svg(
    '<a href="javascript&#58;alert(1)"><text>a</text></a><a xlink:href="java&#x09;script:alert(2)"><text>b</text></a><a href="&#106;avascript:alert(3)"><text>c</text></a><a href="java&#10;script:alert(4)"><text>d</text></a>',
  ),
  'other script URLs': svg(
    '<a href="vbscript:alert(1)"><text>a</text></a><a href="data:text/html,&lt;script&gt;alert(2)&lt;/script&gt;"><text>b</text></a>',
  ),
  'external use, image and feImage': svg(
    '<use href="https://evil.example/x.svg#a"/><use xlink:href="//evil.example/y.svg#b"/><use href="sibling.svg#evil.example"/>' +
      '<image href="http://evil.example/x.png" width="5" height="5"/><image xlink:href="https://evil.example/y.png"/>' +
      '<image href="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4="/>' +
      '<filter id="f"><feImage href="https://evil.example/z.png"/></filter>',
  ),
  'links to other schemes and relative pages': svg(
    '<a href="ftp://evil.example/phish"><text>a</text></a><a xlink:href="../../api/notes.json" target="_blank"><text>b</text></a>',
  ),
  'animate and set that change href': svg(
    '<a><animate attributeName="href" values="javascript:alert(1)" dur="1s"/><set attributeName="xlink:href" to="javascript:alert(2)"/><text>a</text></a>' +
      '<a href="#kept"><set attributeName="href" to="https://evil.example/"/><animateTransform attributeName="href" type="translate" to="javascript:alert(3)"/><text>b</text></a>',
  ),
  'style element with url() and @import': svg(
    '<style>@import url(https://evil.example/a.css); @import "https://evil.example/b.css"; rect { fill: url(https://evil.example/p.svg#p) } ' +
      'text { cursor: url("//evil.example/c.cur"), auto } @font-face { font-family: X; src: url(https://evil.example/f.woff) }</style>',
  ),
  'style element with disguised url()': svg(
    '<style>.a { background: \\75 rl(https://evil.example/1.png) } .b { background: u\\rl(https://evil.example/2.png) } .c { background: URL( "https://evil.example/3.png" ) } ' +
      '.d { background: image-set("https://evil.example/4.png" 1x) } .d2 { background: -webkit-image-set("https://evil.example/4b.png" 1x) } .e { background: url(/**/https://evil.example/5.png) } .f{behavior:url(https://evil.example/x.htc)}</style>',
  ),
  'style attributes and presentation attributes with url()': svg(
    '<rect style="fill: url(https://evil.example/p.svg#p); stroke: red" width="1" height="1"/><rect fill="url(https://evil.example/q.svg#q)" filter="url(//evil.example/f.svg#f)" width="1" height="1"/>' +
      '<rect style="background-image:url(javascript:alert(1))" mask="url(evil.example.svg#m)" width="1" height="1"/>',
  ),
  'javascript: in CSS and other attributes': svg(
    '<rect style="fill: red; x: expression(alert(1))" width="1" height="1"/><g class="javascript:alert(1)" data-x="javascript:alert(2)"/>',
  ),
  'mixed-case tags and attributes': svg(
    '<SCRIPT>alert(1)</SCRIPT><Script>alert(2)</Script><ForeignObject><div>x</div></ForeignObject><rect ONLOAD="alert(3)" OnClick="alert(4)" width="1" height="1"/>',
  ),
  'DOCTYPE with entities that hold markup': `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;"><!ENTITY y "<script>alert(2)</script>">]>${svg('<text>&x;&y;</text>')}`,
  'external entity declared but unused': `<!DOCTYPE svg [<!ENTITY ext SYSTEM "https://evil.example/x.dtd"><!ENTITY % p SYSTEM "https://evil.example/p.dtd">]>${svg('')}`,
  'processing instructions': `<?xml version="1.0"?><?xml-stylesheet type="text/css" href="https://evil.example/x.css"?><?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>${svg('<?evil.example inside?>')}`,
  'xml:base and namespace tricks': svg(
    `<g xml:base="https://evil.example/"><use xlink:href="x.svg#a"/></g><a xmlns:l="http://www.w3.org/1999/xlink" l:href="javascript:alert(1)"><text>a</text></a><a xmlns:xlink="http://evil.example/ns" xlink:href="javascript:alert(2)"><text>b</text></a>`,
  ),
  'HTML meta refresh and base': svg(
    `<meta xmlns="${XHTML}" http-equiv="refresh" content="0;url=https://evil.example/"/><base xmlns="${XHTML}" href="https://evil.example/"/>`,
  ),
  'SVG Tiny handlers and cursors': svg(
    '<handler type="application/ecmascript">alert(1)</handler><listener event="click" handler="#h"/><cursor xlink:href="https://evil.example/c.png"/><font-face><font-face-src><font-face-uri xlink:href="https://evil.example/f.svg#f"/></font-face-src></font-face>',
  ),
  'comments that close and open markup': svg('<!-- --><script>alert(1)</script><!-- -->'),
};

/** What must never be in a sanitized file, found with a parser of its own (not the module's). */
function dangers(text: string): string[] {
  const found: string[] = [];
  if (/evil\.example/i.test(text)) found.push('a reference to evil.example');
  if (/<\?|<!DOCTYPE|<!ENTITY/i.test(text)) found.push('a processing instruction or DOCTYPE');
  const { window } = new JSDOM('');
  const doc = new window.DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.namespaceURI !== 'http://www.w3.org/2000/svg' || root.localName !== 'svg')
    return [...found, `root <${root.nodeName}>: ${root.textContent}`];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const tag = element.localName.toLowerCase();
    if (element.namespaceURI !== 'http://www.w3.org/2000/svg')
      found.push(`<${element.nodeName}> in ${element.namespaceURI}`);
    if (
      [
        'script',
        'foreignobject',
        'iframe',
        'embed',
        'object',
        'animate',
        'set',
        'handler',
        'listener',
        'meta',
        'base',
      ].includes(tag)
    )
      found.push(`<${tag}>`);
    for (const attr of element.attributes) {
      const compact = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (/^on/i.test(attr.localName)) found.push(`${attr.name} on <${tag}>`);
      if (/(java|vb)script:|data:text/.test(compact)) found.push(`${attr.name}="${attr.value}"`);
      if (attr.localName === 'href' && !/^#|^data:image\/(png|jpeg|gif|webp)[;,]/.test(compact))
        found.push(`href="${attr.value}" on <${tag}>`);
      if (attr.localName === 'base') found.push('xml:base');
      if (/url\((?!['"]?#)|@import|image-set|expression/.test(compact)) found.push(`${attr.name}="${attr.value}"`);
    }
    if (tag === 'style' && /url\((?!['"]?(#|data:font))|@import|image-set|behavior|\\/i.test(element.textContent ?? ''))
      found.push(`<style>${element.textContent}</style>`);
  }
  return found;
}

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

async function sanitized(source: string | Uint8Array) {
  const result = await sanitizeSvg(typeof source === 'string' ? bytes(source) : source);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return { svg: text(result.svg), removed: result.removed };
}

describe('sanitizeSvg on hostile files', () => {
  it.each(Object.entries(HOSTILE))('%s: nothing of the attack is left, the drawing is', async (_, source) => {
    expect(dangers(source).length, 'the test file itself is hostile').toBeGreaterThan(0);
    const { svg: output, removed } = await sanitized(source);
    expect(dangers(output)).toEqual([]);
    expect(output).toContain('<rect id="kept" width="10" height="10" fill="teal"/>');
    // Markup an entity held is text now (`&lt;script&gt;`); nowhere else is a payload left.
    expect(output.replace(/<text>[^<]*<\/text>/g, '')).not.toMatch(/alert/);
    expect(removed.length).toBeGreaterThan(0);
  });

  it('says what it removed in words an author understands', async () => {
    const { removed } = await sanitized(
      svg(
        '<script>alert(1)</script><use href="https://evil.example/x.svg#a"/><a href="/elsewhere"><text>z</text></a><a href="javascript:alert(1)"><text>y</text></a><image href="http://evil.example/x.png"/>',
        ' onload="alert(1)"',
      ),
    );
    expect(removed).toEqual([
      'the onload attribute of <svg> (a script run on load)',
      'a <script> element',
      'a javascript: link in <a>',
      'an external reference in <use> (https://evil.example/x.svg#a)',
      'a link to /elsewhere in <a> (links may only lead to #places in the drawing or to web addresses)',
      'an external reference in <image> (http://evil.example/x.png)',
    ]);
    expect((await sanitized(HOSTILE['processing instructions']!)).removed).toEqual([
      'the processing instruction <?xml-stylesheet?> (2 times)',
      'the processing instruction <?evil.example?>',
    ]);
    expect((await sanitized(HOSTILE['style element with url() and @import']!)).removed).toEqual([
      'an @import of another style sheet in <style> (2 times)',
      'an external reference (url(https://evil.example/p.svg#p)) in <style>',
      'an external reference (url(//evil.example/c.cur)) in <style>',
      'an external reference (url(https://evil.example/f.woff)) in <style>',
    ]);
  });

  it('drops only the CSS rules and declarations that load something', async () => {
    const { svg: output } = await sanitized(
      svg(
        '<style>.a { fill: url(#g) } .b { fill: url(https://evil.example/p#p) } @media print { .c { stroke: url(https://evil.example/q#q) } } .d { stroke: blue }</style><rect style="fill: url(#g); stroke: url(https://evil.example/x); opacity: 0.5" width="1" height="1"/>',
      ),
    );
    expect(output).toContain('<style>.a { fill: url(#g) } .d { stroke: blue }</style>');
    expect(output).toContain('style="fill: url(#g); opacity: 0.5"');
  });

  it('does not expand entities without bound (billion laughs, quadratic blowup) and never reads external ones', async () => {
    const laughs = `<!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>${svg('<text>&d;&d;&d;&d;</text>')}`;
    const result = await sanitizeSvg(bytes(laughs));
    // jsdom expands one level only; what is left is text, far from a billion laughs.
    if (result.ok) expect(result.svg.length).toBeLessThan(laughs.length * 2);
    const quadratic = `<!DOCTYPE svg [<!ENTITY a "${'a'.repeat(200_000)}">]>${svg(`<text>${'&a;'.repeat(100)}</text>`)}`;
    expect(await sanitizeSvg(bytes(quadratic))).toEqual({
      ok: false,
      reason: 'it declares entities that expand to more than 10 MB',
    });
    const external = `<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${svg('<text>&xxe;</text>')}`;
    expect(await sanitizeSvg(bytes(external))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^it is not well-formed XML \(undefined entity at line 1/),
    });
  });
});

describe('sanitizeSvg on real drawings', () => {
  it('keeps a drawing that needs nothing removed as it was, a standalone XML document', async () => {
    const source =
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg ${NS} width="120" height="80" viewBox="0 0 120 80">` +
      '<title>Roadmap</title><desc>Q3 plan</desc>' +
      '<defs><linearGradient id="g" x1="0" x2="1"><stop offset="0" stop-color="#fff"/><stop offset="1" style="stop-color:#08f;stop-opacity:1"/></linearGradient>' +
      '<radialGradient id="r" xlink:href="#g"/><filter id="shadow"><feGaussianBlur in="SourceAlpha" stdDeviation="2"/><feOffset dx="1" dy="1"/><feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter>' +
      '<marker id="arrow" markerWidth="5" markerHeight="5" refX="2" refY="2" orient="auto"><path d="M0,0 L4,2 L0,4 z"/></marker>' +
      '<clipPath id="clip"><rect width="100" height="60"/></clipPath><symbol id="box" viewBox="0 0 10 10"><rect width="10" height="10" rx="2"/></symbol></defs>' +
      '<g clip-path="url(#clip)" filter="url(#shadow)"><rect id="card" x="5" y="5" width="50" height="30" fill="url(#g)" style="stroke:#333;stroke-width:0.5"/>' +
      '<use href="#card" x="60"/><use xlink:href="#box" x="5" y="40" width="10" height="10"/>' +
      '<path d="M10 50 H60" stroke="black" marker-end="url(#arrow)"/>' +
      '<text x="10" y="20" font-family="Helvetica, sans-serif" font-size="6" text-anchor="start" xml:space="preserve">Ship&#160;it &amp; &lt;celebrate&gt; — naïve café 🎉</text>' +
      '<a href="#card"><text x="70" y="20"><tspan font-weight="bold">Card</tspan></text></a>' +
      '<image x="90" y="40" width="1" height="1" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="/>' +
      '<animateTransform attributeName="transform" type="rotate" from="0 60 40" to="360 60 40" dur="10s" repeatCount="indefinite"/></g></svg>';
    const { svg: output, removed } = await sanitized(source);
    expect(removed).toEqual([]);
    // Everything but the XML declaration, as it was: same elements, attributes and text.
    const { window } = new JSDOM('');
    const parse = (s: string) => new window.DOMParser().parseFromString(s, 'image/svg+xml').documentElement;
    expect(parse(output).outerHTML).toBe(parse(source).outerHTML);
    expect(
      output.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"`),
    ).toBe(true);
    // A no-break space stays a character: `&nbsp;` is no XML entity and would break the file.
    expect(output).toContain('Ship\u00a0it &amp; &lt;celebrate&gt; — naïve café 🎉');
    expect(output).not.toContain('&nbsp;');
  });

  it('keeps the CSS of a <style> written as CDATA, and embedded fonts', async () => {
    const font = 'd09GMgABAAAAAAKkAA0AAAAABkQAAAJO';
    const { svg: output, removed } = await sanitized(
      svg(
        `<defs><style type="text/css"><![CDATA[ @font-face { font-family: "Virgil"; src: url("data:font/woff2;base64,${font}") format("woff2"); } .label > tspan { fill: #333 } text[lang="de"]::after { content: "]]]]><![CDATA[>" } ]]></style></defs><text class="label"><tspan>Hi</tspan></text>`,
      ),
    );
    expect(removed).toEqual([]);
    expect(output).toContain(
      `<style type="text/css"> @font-face { font-family: "Virgil"; src: url("data:font/woff2;base64,${font}") format("woff2"); } .label &gt; tspan { fill: #333 } text[lang="de"]::after { content: "]]&gt;" } </style>`,
    );
  });

  it('removes the editor data of Inkscape in one line, and keeps the drawing', async () => {
    const { svg: output, removed } = await sanitized(
      `<svg xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" ${NS} width="210mm" height="297mm" viewBox="0 0 210 297" version="1.1" id="svg8" inkscape:version="1.0" sodipodi:docname="drawing.svg">` +
        '<defs id="defs2"><linearGradient inkscape:collect="always" id="lg1"><stop style="stop-color:#000000;stop-opacity:1" offset="0" id="stop1"/></linearGradient><linearGradient inkscape:collect="always" xlink:href="#lg1" id="lg2" x1="10" y1="10" x2="50" y2="50" gradientUnits="userSpaceOnUse"/></defs>' +
        '<sodipodi:namedview id="base" pagecolor="#ffffff" inkscape:zoom="0.35"/><metadata id="metadata5"><rdf:RDF><dc:title>Plan</dc:title></rdf:RDF></metadata>' +
        '<g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1"><rect style="fill:url(#lg2);stroke:#000000;stroke-width:0.26" id="rect10" width="40" height="40" x="10" y="10"/>' +
        '<text xml:space="preserve" style="font-size:10.58px;line-height:1.25;font-family:sans-serif" x="60" y="30" id="text14"><tspan sodipodi:role="line" id="tspan12" x="60" y="30">Plan</tspan></text></g></svg>',
    );
    expect(removed).toEqual([
      'editor data that browsers do not draw (<rdf:RDF>, <sodipodi:namedview>, inkscape:collect, inkscape:groupmode and 4 more)',
    ]);
    expect(output).toContain(
      '<linearGradient xlink:href="#lg1" id="lg2" x1="10" y1="10" x2="50" y2="50" gradientUnits="userSpaceOnUse"/>',
    );
    expect(output).toContain(
      '<rect style="fill:url(#lg2);stroke:#000000;stroke-width:0.26" id="rect10" width="40" height="40" x="10" y="10"/>',
    );
    expect(output).toContain('<tspan id="tspan12" x="60" y="30">Plan</tspan>');
    expect(output).not.toMatch(/inkscape|sodipodi|rdf:/);
  });

  it("shows draw.io's plain-text fallback for its HTML labels, and says that mermaid's HTML labels go", async () => {
    const drawio = await sanitized(
      `<svg ${NS} version="1.1" width="121px" height="61px" viewBox="-0.5 -0.5 121 61" content="&lt;mxfile&gt;&lt;/mxfile&gt;"><defs/><g><rect x="0" y="0" width="120" height="60" rx="9" ry="9" fill="rgb(255, 255, 255)" stroke="rgb(0, 0, 0)" pointer-events="all"/>` +
        `<g transform="translate(-0.5 -0.5)"><switch><foreignObject pointer-events="none" width="100%" height="100%" requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility" style="overflow: visible; text-align: left;"><div xmlns="${XHTML}" style="display: flex;"><div>Start</div></div></foreignObject>` +
        '<text x="60" y="34" fill="rgb(0, 0, 0)" font-family="Helvetica" font-size="12px" text-anchor="middle">Start</text></switch></g></g>' +
        '<switch><g requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility"/><a transform="translate(0,-5)" xlink:href="https://www.drawio.com/doc/faq/svg-export-text-problems" target="_blank"><text text-anchor="middle" font-size="10px" x="50%" y="100%">Text is not SVG - cannot display</text></a></switch></svg>',
    );
    expect(drawio.svg).toContain(
      '<switch><text x="60" y="34" fill="rgb(0, 0, 0)" font-family="Helvetica" font-size="12px" text-anchor="middle">Start</text></switch>',
    );
    expect(drawio.removed).toContain(
      'a <foreignObject> element (HTML in the drawing; its plain-text fallback is shown instead)',
    );
    const mermaid = await sanitized(
      `<svg ${NS} id="m" role="graphics-document document" aria-roledescription="flowchart-v2" viewBox="0 0 100 50"><style>#m{font-family:"trebuchet ms",verdana,arial,sans-serif;fill:#333;}#m .node rect{fill:#ECECFF;stroke:#9370DB;}</style>` +
        `<g class="node"><rect width="80" height="30"/><g class="label"><foreignObject width="60" height="20"><div xmlns="${XHTML}"><span class="nodeLabel">Start</span></div></foreignObject></g></g></svg>`,
    );
    expect(mermaid.svg).toContain(
      '<style>#m{font-family:"trebuchet ms",verdana,arial,sans-serif;fill:#333;}#m .node rect{fill:#ECECFF;stroke:#9370DB;}</style>',
    );
    expect(mermaid.svg).toContain('role="graphics-document document" aria-roledescription="flowchart-v2"');
    expect(mermaid.removed).toEqual([
      'a <foreignObject> element (HTML in the drawing, such as HTML labels: export the drawing with SVG text instead)',
    ]);
  });

  it('reads Illustrator files that name their namespaces with entities, and other encodings', async () => {
    const illustrator = await sanitized(
      '<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 15.0.0, SVG Export Plug-In  -->\n' +
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n\t<!ENTITY ns_svg "http://www.w3.org/2000/svg">\n\t<!ENTITY ns_xlink "http://www.w3.org/1999/xlink">\n]>\n' +
        '<svg version="1.1" xmlns="&ns_svg;" xmlns:xlink="&ns_xlink;" x="0px" y="0px" width="20px" height="20px" viewBox="0 0 20 20" enable-background="new 0 0 20 20" xml:space="preserve"><circle fill="#FF0000" cx="10" cy="10" r="8"/></svg>',
    );
    expect(illustrator.svg).toContain('<circle fill="#FF0000" cx="10" cy="10" r="8"/>');
    expect(illustrator.removed).toEqual([
      'the DOCTYPE with its entity declarations (their text is kept where it was used)',
    ]);
    const latin1 = new Uint8Array([
      ...bytes(`<?xml version="1.0" encoding="ISO-8859-1"?><svg ${NS}><text>caf`),
      0xe9,
      ...bytes('</text></svg>'),
    ]);
    expect((await sanitized(latin1)).svg).toContain('<text>café</text>');
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Buffer.from(`<svg ${NS}><text>ünïcode</text></svg>`, 'utf16le')),
    ]);
    expect((await sanitized(utf16)).svg).toContain('<text>ünïcode</text>');
  });

  it('sanitizes a large drawing in reasonable time', async () => {
    const shapes = Array.from(
      { length: 20_000 },
      (_, i) =>
        `<rect x="${i % 100}" y="${Math.floor(i / 100)}" width="1" height="1" style="fill:#${(i % 4096).toString(16).padStart(3, '0')}"/>`,
    ).join('');
    const started = performance.now();
    const { svg: output } = await sanitized(svg(shapes));
    expect(output.match(/<rect/g)).toHaveLength(20_001);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('sanitizeSvg refuses what is not an SVG document', () => {
  const refused = async (source: string | Uint8Array) => {
    const result = await sanitizeSvg(typeof source === 'string' ? bytes(source) : source);
    if (result.ok) throw new Error(`kept: ${text(result.svg)}`);
    return result.reason;
  };

  it('says why', async () => {
    expect(await refused('')).toBe('it is empty');
    expect(await refused(' <!-- nothing --> ')).toBe(
      'it is not well-formed XML (document must contain a root element at line 1, column 18)',
    );
    expect(await refused('PNG\r\n')).toMatch(/^it is not well-formed XML/);
    expect(await refused('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')).toMatch(
      /^it is not well-formed XML \(unexpected close tag at line 1/,
    );
    expect(await refused(`<svg ${NS}><text>a&nbsp;b</text></svg>`)).toMatch(
      /^it is not well-formed XML \(undefined entity at line 1, column \d+: XML knows only &amp; &lt; &gt; &quot; &apos; and numbered ones such as &#160;\)$/,
    );
    expect(await refused('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).toBe(
      'it is not an SVG document (its root element is <html>, not <svg>)',
    );
    expect(await refused('<svg><rect/></svg>')).toBe(
      'it has an <svg> root without xmlns="http://www.w3.org/2000/svg", so browsers do not draw it',
    );
    expect(await refused('<s:svg xmlns:s="http://www.w3.org/2000/svg"/>')).toMatch(/^it has a prefixed root <s:svg>/);
    expect(await refused(gzipSync(svg('')))).toBe('it is gzip-compressed (an .svgz): save it as a plain .svg');
    expect(await refused(new Uint8Array([...bytes(`<svg ${NS}><text>`), 0xff, 0xfe, ...bytes('</text></svg>')]))).toBe(
      'it is not UTF-8 text (an SVG file is XML text)',
    );
    expect(await refused(`<?xml version="1.0" encoding="x-unknown"?><svg ${NS}/>`)).toBe(
      'it declares an encoding browsers do not know (x-unknown)',
    );
    expect(await refused(new Uint8Array(SVG_MAX_BYTES + 1))).toBe('it is larger than 10 MB (10.0 MB)');
    expect(await refused(`<svg ${NS}>${'<g>'.repeat(600)}${'</g>'.repeat(600)}</svg>`)).toBe(
      'it nests elements more than 500 deep',
    );
  });

  it('keeps links to web addresses, as a note may have them', async () => {
    const { svg: out, removed } = await sanitized(
      svg(
        '<a href="https://example.org/doc" target="_blank"><text>doc</text></a><a xlink:href="mailto:team@example.org"><text>mail</text></a>',
      ),
    );
    expect(removed).toEqual([]);
    expect(out).toContain('href="https://example.org/doc"');
    expect(out).toContain('mailto:team@example.org');
  });
});
