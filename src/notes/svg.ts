import type { Config, DOMPurify as Purifier } from 'dompurify';

/**
 * SVG attachments made safe to serve from the site's origin. An SVG file opened on its own is a
 * document of the site: a `<script>`, an `onload` or a `javascript:` link in it runs with the
 * site's cookies and storage, and an external reference makes the reader's browser fetch from
 * anywhere. Files in the notes folder come from every contributor, so each SVG is parsed as XML,
 * sanitized with DOMPurify (its SVG profile) and then with Minutes' stricter rules for what an
 * SVG may point at, serialized as XML, parsed again and checked once more on its own before it is
 * used. What a drawing shows (shapes, gradients, `<use href="#…">`, filters, text, styles,
 * embedded raster images and fonts) stays as it was.
 */

/** Deeper trees are refused: serializing walks them recursively, and no drawing needs it. */
const MAX_DEPTH = 500;

/** Larger files are refused: parsing them would take seconds, and no drawing needs it. */
export const SVG_MAX_BYTES = 10 * 1024 * 1024;

export type SvgResult =
  /** `removed`: what was taken out, in words a note's author understands (empty when nothing). */
  | { ok: true; svg: Uint8Array; removed: string[] }
  /** Not an SVG document, or too large; `reason` says why, as "it is not well-formed XML (…)". */
  | { ok: false; reason: string };

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/**
 * The elements a sanitized SVG may hold: DOMPurify's SVG profile (which leaves out `<script>`,
 * `<foreignObject>`, `<animate>`, `<set>` and the like) plus `<use>`, whose reference is held to
 * `#id` like every other. The final check holds the output to this list on its own.
 */
const ELEMENTS = new Set([
  ...[
    'svg',
    'a',
    'altGlyph',
    'altGlyphDef',
    'altGlyphItem',
    'animateColor',
    'animateMotion',
    'animateTransform',
    'circle',
    'clipPath',
    'defs',
    'desc',
  ],
  ...[
    'ellipse',
    'filter',
    'font',
    'g',
    'glyph',
    'glyphRef',
    'hkern',
    'image',
    'line',
    'linearGradient',
    'marker',
    'mask',
    'metadata',
    'mpath',
    'path',
  ],
  ...[
    'pattern',
    'polygon',
    'polyline',
    'radialGradient',
    'rect',
    'stop',
    'style',
    'switch',
    'symbol',
    'text',
    'textPath',
    'title',
    'tref',
    'tspan',
    'use',
  ],
  ...[
    'view',
    'vkern',
    'feBlend',
    'feColorMatrix',
    'feComponentTransfer',
    'feComposite',
    'feConvolveMatrix',
    'feDiffuseLighting',
    'feDisplacementMap',
  ],
  ...[
    'feDistantLight',
    'feDropShadow',
    'feFlood',
    'feFuncA',
    'feFuncB',
    'feFuncG',
    'feFuncR',
    'feGaussianBlur',
    'feImage',
    'feMerge',
    'feMergeNode',
  ],
  ...['feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence'],
]);

const PURIFY: Config = {
  // The elements above but `<use>`, with DOMPurify's SVG attributes (and xlink:href, xml:space …).
  USE_PROFILES: { svg: true, svgFilters: true },
  ADD_TAGS: ['use'],
  // `from`/`to` are left out of the profile with `<animate>` and `<set>` (which stay out), but
  // `<animateTransform>` needs them; the others are harmless and common in exports (`target` on
  // the links draw.io writes).
  ADD_ATTR: ['from', 'to', 'role', 'focusable', 'enable-background', 'xml:lang', 'target'],
  FORBID_TAGS: ['script', 'foreignObject', 'animate', 'set', 'iframe', 'embed', 'object', 'handler', 'listener'],
  ADD_DATA_URI_TAGS: ['feImage'],
  // Clobbering needs a script on the page; a standalone SVG runs none, and `id="title"` must stay.
  SANITIZE_DOM: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Browsers draw neither an unknown element nor what it holds; hoisted out, its text would show.
  KEEP_CONTENT: false,
  // The parsed XML document itself, not a copy in an HTML document.
  IN_PLACE: true,
};

/** A URL an SVG may hold: a place in the same document, or (in `<image>`, `<feImage>`) a raster image carried inside. */
const SAME_DOCUMENT = /^#/;
/** Where a link in a drawing may lead when clicked, as a link in a note may (draw.io adds one to every export). */
const WEB_LINK = /^(?:https?:\/\/|mailto:)/i;
const RASTER_DATA = /^data:image\/(?:png|jpe?g|gif|webp)(?:;[^,]*)?,/i;
/** What `url(…)` in CSS may point at besides `#id`: carried-in raster images and fonts. */
const CSS_DATA =
  /^data:(?:image\/(?:png|jpe?g|gif|webp)|font\/[\w.+-]+|application\/(?:x-)?font-[\w.+-]+|application\/vnd\.ms-fontobject|application\/octet-stream)[;,]/;
const SCRIPT_URL = /(?:java|vb|live)script:|data:text\/html/i;
/** What URL parsers skip: control characters and spaces, anywhere in a URL. */
const URL_IGNORED = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;
/** CSS that loads or runs something other than `url(#…)` and carried-in data. */
const CSS_LOADERS = /@import|(?:image-set|image|cross-fade|element|src|attr|expression)\s*\(|-moz-binding|behavior\s*:/;
/** A DOCTYPE with declarations (entities) of its own. */
const DOCTYPE_SUBSET = /<!DOCTYPE[^>[]*\[/i;
/** Namespaces whose elements and attributes browsers ignore: editors' own data (Inkscape, Illustrator, draw.io …). */
const RENDERED_NS = new Set([SVG_NS, XHTML_NS, MATHML_NS]);

interface Tools {
  window: import('jsdom').DOMWindow;
  purify: Purifier;
}
let tools: Promise<Tools> | undefined;

/** jsdom is heavy: it is loaded with the first SVG, once. */
function load(): Promise<Tools> {
  tools ??= (async () => {
    const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')]);
    const { window } = new JSDOM('');
    return { window, purify: createDOMPurify(window as unknown as Window & typeof globalThis) };
  })();
  return tools;
}

/**
 * The SVG document in `bytes` without scripts, event handlers, `<foreignObject>`, external
 * references (`href` only to `#id`, or a carried-in raster image), `javascript:` URLs, CSS that
 * loads anything (`@import`, `url()` outside the document), processing instructions or a DOCTYPE;
 * as a standalone UTF-8 XML document.
 */
export async function sanitizeSvg(bytes: Uint8Array): Promise<SvgResult> {
  if (bytes.length > SVG_MAX_BYTES)
    return { ok: false, reason: `it is larger than ${megabytes(SVG_MAX_BYTES)} (${megabytes(bytes.length)})` };
  if (bytes[0] === 0x1f && bytes[1] === 0x8b)
    return { ok: false, reason: 'it is gzip-compressed (an .svgz): save it as a plain .svg' };
  const text = decode(bytes);
  if (typeof text !== 'string') return text;
  if (!text.trim()) return { ok: false, reason: 'it is empty' };
  const blowup = entityBlowup(text);
  if (blowup) return blowup;

  const { window, purify } = await load();
  const parsed = new window.DOMParser().parseFromString(text, 'image/svg+xml');
  const root = parsed.documentElement;
  const wrong = notSvg(root);
  if (wrong) return { ok: false, reason: wrong };

  if (depth(root) > MAX_DEPTH) return { ok: false, reason: `it nests elements more than ${MAX_DEPTH} deep` };
  const report = new Report();
  // Before the root: an `<?xml-stylesheet?>` would load a style sheet, a DOCTYPE declares entities.
  for (const node of [...parsed.childNodes]) {
    if (node.nodeType === node.PROCESSING_INSTRUCTION_NODE)
      report.add(`the processing instruction <?${(node as ProcessingInstruction).target}?>`);
  }
  if (DOCTYPE_SUBSET.test(text))
    report.add('the DOCTYPE with its entity declarations (their text is kept where it was used)');

  let output: string;
  try {
    prepare(root, report);
    purify.sanitize(root, PURIFY);
    for (const removal of purify.removed) report.purified(removal as Removal);
    restrict(root, report);
    if (!root.hasAttributeNS(XMLNS_NS, 'xlink')) root.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
    output = new window.XMLSerializer().serializeToString(root);
  } catch (error) {
    // Fail closed: whatever went wrong, nothing of the file is served.
    return {
      ok: false,
      reason: `it could not be made safe (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  // The output is read again as the browser will read it, and checked on its own.
  const again = new window.DOMParser().parseFromString(output, 'image/svg+xml').documentElement;
  const problems = notSvg(again) ? [notSvg(again)!] : unsafeParts(again);
  if (problems.length) return { ok: false, reason: `it could not be made safe (${problems.slice(0, 3).join('; ')})` };
  return { ok: true, svg: new TextEncoder().encode(output), removed: report.lines() };
}

/**
 * Everything in a sanitized SVG that must not be there (empty when all is well): an element not
 * on the list or outside the SVG namespace, an event handler, a reference outside the document,
 * a script URL, CSS that loads something, a processing instruction. Independent of DOMPurify.
 */
function unsafeParts(root: Element): string[] {
  const problems: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === node.PROCESSING_INSTRUCTION_NODE)
      problems.push(`processing instruction <?${(node as ProcessingInstruction).target}?>`);
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const element = node as Element;
    const name = `<${element.nodeName}>`;
    if (element.namespaceURI !== SVG_NS || !ELEMENTS.has(element.localName)) problems.push(`element ${name}`);
    for (const attr of [...element.attributes]) {
      const where = `${attr.name} of ${name}`;
      if (attr.namespaceURI === XMLNS_NS) continue;
      if (!knownAttribute(attr)) problems.push(`attribute ${where}`);
      if (/^on/i.test(attr.localName)) problems.push(`event handler ${where}`);
      if (attr.localName === 'href' && !allowedHref(element, attr.value)) problems.push(`reference ${where}`);
      if (SCRIPT_URL.test(attr.value.replace(URL_IGNORED, ''))) problems.push(`script URL in ${where}`);
      if (cssProblem(attr.value)) problems.push(`CSS in ${where}`);
      if (
        element.localName.startsWith('animate') &&
        attr.localName === 'attributeName' &&
        /^(?:.*:)?(?:href$|on)/i.test(attr.value.trim())
      )
        problems.push(`animation of ${attr.value}`);
    }
    if (element.localName === 'style' && cssProblem(element.textContent ?? '')) problems.push(`CSS in ${name}`);
    for (const child of element.childNodes) visit(child);
  };
  visit(root);
  return problems;
}

/** The text of an SVG file: UTF-8 (or UTF-16 with a byte order mark, or the encoding its XML declaration names). */
function decode(bytes: Uint8Array): string | { ok: false; reason: string } {
  let label = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    const declared = /^<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/.exec(
      new TextDecoder('latin1').decode(bytes.subarray(0, 200)),
    )?.[1];
    if (declared) label = declared;
  }
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError)
      return { ok: false, reason: `it declares an encoding browsers do not know (${label})` };
    return { ok: false, reason: `it is not ${label === 'utf-8' ? 'UTF-8' : label} text (an SVG file is XML text)` };
  }
}

/**
 * Entities declared in a DOCTYPE are expanded by the XML parser, once per use: a short file can
 * ask for gigabytes (a quadratic blowup). Counted the way jsdom registers them, before parsing.
 */
function entityBlowup(text: string): { ok: false; reason: string } | undefined {
  if (!DOCTYPE_SUBSET.test(text)) return undefined;
  // Every declaration in the file, not only the DOCTYPE's: more than jsdom expands, never less.
  const lengths = new Map<string, number>();
  for (const [, name, value] of text.matchAll(/<!ENTITY ([^ ]+) "([^"]+)">/g))
    if (!lengths.has(name!)) lengths.set(name!, value!.length);
  let size = text.length;
  for (const [, name] of text.matchAll(/&([^\s&;<]+);/g)) {
    size += lengths.get(name!) ?? 0;
    if (size > SVG_MAX_BYTES)
      return { ok: false, reason: `it declares entities that expand to more than ${megabytes(SVG_MAX_BYTES)}` };
  }
  return undefined;
}

/** Why the parsed document is not an SVG drawing, if it is not. */
function notSvg(root: Element | null): string | undefined {
  if (!root) return 'it is empty';
  if (
    root.localName === 'parsererror' &&
    root.namespaceURI === 'http://www.mozilla.org/newlayout/xml/parsererror.xml'
  ) {
    const [, line, column, message] = /^(\d+):(\d+): (.*?)\.?$/.exec(root.textContent ?? '') ?? [];
    const hint =
      message === 'undefined entity'
        ? ': XML knows only &amp; &lt; &gt; &quot; &apos; and numbered ones such as &#160;'
        : '';
    return `it is not well-formed XML (${message ? `${message} at line ${line}, column ${column}${hint}` : root.textContent})`;
  }
  if (root.localName !== 'svg') return `it is not an SVG document (its root element is <${root.nodeName}>, not <svg>)`;
  if (root.namespaceURI !== SVG_NS) return `it has an <svg> root without xmlns="${SVG_NS}", so browsers do not draw it`;
  if (root.prefix) return `it has a prefixed root <${root.nodeName}>: write it as <svg xmlns="${SVG_NS}">`;
  return undefined;
}

/**
 * Before DOMPurify: CDATA sections become the text they hold (DOMPurify would drop them, and with
 * them the CSS of Inkscape's `<style>`), and `<foreignObject>` goes, inside a `<switch>` with the
 * branch that holds it, so the drawing's plain SVG text fallback (draw.io writes one) shows instead.
 */
function prepare(root: Element, report: Report) {
  const cdata: CDATASection[] = [];
  const foreign: Element[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === node.CDATA_SECTION_NODE) cdata.push(node as CDATASection);
    else if (node.nodeType === node.ELEMENT_NODE && (node as Element).localName === 'foreignObject')
      foreign.push(node as Element);
    else for (const child of node.childNodes) walk(child);
  };
  walk(root);
  for (const section of cdata) section.replaceWith(section.ownerDocument.createTextNode(section.data));
  for (const element of foreign) {
    let branch: Element = element;
    while (branch.parentElement && branch.parentElement !== root && branch.parentElement.localName !== 'switch')
      branch = branch.parentElement;
    const inSwitch = branch.parentElement?.localName === 'switch' && branch.parentElement.namespaceURI === SVG_NS;
    const fallback = inSwitch && branch.parentElement!.children.length > 1;
    (inSwitch ? branch : element).remove();
    report.add(
      fallback
        ? 'a <foreignObject> element (HTML in the drawing; its plain-text fallback is shown instead)'
        : 'a <foreignObject> element (HTML in the drawing, such as HTML labels: export the drawing with SVG text instead)',
    );
  }
}

/** After DOMPurify: links and references only within the document, no script URLs, CSS that loads nothing. */
function restrict(svg: Element, report: Report) {
  const elements = [svg, ...svg.querySelectorAll('*')];
  for (const element of elements) {
    const name = element.nodeName;
    for (const attr of [...element.attributes]) {
      // Namespace declarations: the serializer writes those the output needs; the root keeps SVG's own two.
      if (attr.namespaceURI === XMLNS_NS) {
        const own =
          element === svg &&
          ((attr.name === 'xmlns' && attr.value === SVG_NS) ||
            (attr.name === 'xmlns:xlink' && attr.value === XLINK_NS));
        if (!own) element.removeAttributeNode(attr);
        continue;
      }
      const value = attr.value;
      let problem: string | undefined;
      // `xlink:href` with `xlink` bound to another namespace, `xml:base` …
      if (!knownAttribute(attr)) problem = `the ${attr.name} attribute of <${name}>`;
      else if (/^on/i.test(attr.localName)) problem = `the ${attr.name} attribute of <${name}>`;
      else if (attr.localName === 'href')
        problem = allowedHref(element, value) ? undefined : describeHref(element, value);
      else if (SCRIPT_URL.test(value.replace(URL_IGNORED, '')))
        problem = `a script URL in the ${attr.name} attribute of <${name}>`;
      else if (
        element.localName.startsWith('animate') &&
        attr.localName === 'attributeName' &&
        /^(?:.*:)?(?:href$|on)/i.test(value.trim())
      )
        problem = `an animation of ${value.trim()} in <${name}>`;
      else if (attr.localName === 'style') {
        const cleaned = cleanCss(value, false);
        for (const reason of cleaned.removed) report.add(`${reason} in the style attribute of <${name}>`);
        if (cleaned.css !== value) {
          if (cleaned.css.trim()) element.setAttributeNS(attr.namespaceURI, attr.name, cleaned.css);
          else element.removeAttributeNode(attr);
        }
        continue;
      } else {
        const reason = cssProblem(value);
        if (reason) problem = `${reason} in the ${attr.name} attribute of <${name}>`;
      }
      if (problem) {
        report.add(problem);
        element.removeAttributeNode(attr);
      }
    }
    if (element.localName === 'style') {
      const css = element.textContent ?? '';
      const cleaned = cleanCss(css, true);
      for (const reason of cleaned.removed) report.add(`${reason} in <style>`);
      if (cleaned.css !== css) element.textContent = cleaned.css;
    }
  }
}

function allowedHref(element: Element, value: string): boolean {
  const url = value.replace(URL_IGNORED, '');
  if (SCRIPT_URL.test(url)) return false;
  if (element.localName === 'a' && WEB_LINK.test(url)) return true;
  return (
    SAME_DOCUMENT.test(url) ||
    (RASTER_DATA.test(url) && (element.localName === 'image' || element.localName === 'feImage'))
  );
}

/** An attribute in no namespace, or one of the few XLink and XML ones an SVG uses. */
function knownAttribute({ namespaceURI, localName }: Attr): boolean {
  return (
    namespaceURI === null ||
    (namespaceURI === XLINK_NS && (localName === 'href' || localName === 'title')) ||
    (namespaceURI === XML_NS && ['space', 'lang', 'id'].includes(localName))
  );
}

/** How deep elements nest (without recursion: the file decides). */
function depth(root: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [element, level] = stack.pop()!;
    deepest = Math.max(deepest, level);
    for (const child of element.children) stack.push([child, level + 1]);
  }
  return deepest;
}

function describeHref(element: Element, value: string): string {
  const url = value.replace(URL_IGNORED, '');
  if (SCRIPT_URL.test(url))
    return `a ${/^\w+/.exec(url)?.[0]?.toLowerCase() ?? 'script'}: link in <${element.nodeName}>`;
  if (element.localName === 'a')
    return `a link to ${shorten(value.trim())} in <a> (links may only lead to #places in the drawing or to web addresses)`;
  return `an external reference in <${element.nodeName}> (${shorten(value.trim())})`;
}

/** CSS escapes decoded (`\75 rl(` is `url(`), as a CSS parser reads them. */
function unescapeCss(css: string): string {
  return css.replace(
    /\\(?:([0-9a-fA-F]{1,6})(?:\r\n|[ \t\r\n\f])?|(\r\n|[\r\n\f])|([\s\S]))/g,
    (_, hex: string | undefined, newline: string | undefined, char: string | undefined) => {
      if (hex) {
        const code = Number.parseInt(hex, 16);
        return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
          ? '\ufffd'
          : String.fromCodePoint(code);
      }
      return newline ? '' : char!;
    },
  );
}

/** Why this CSS (a whole sheet, a rule or a declaration) may not stay, if it may not: it loads something from outside. */
function cssProblem(css: string): string | undefined {
  const plain = unescapeCss(css).toLowerCase();
  if (SCRIPT_URL.test(plain.replace(URL_IGNORED, ''))) return 'a script URL';
  if (plain.includes('@import')) return 'an @import of another style sheet';
  for (const match of plain.matchAll(/url\(/g)) {
    // Spaces and a quote may stand before the address (a comment there is taken for one: it is not `#`).
    const target = plain.slice(match.index + 4).replace(/^[\s"']*/, '');
    if (!target.startsWith('#') && !CSS_DATA.test(target))
      return `an external reference (url(${shorten(target.replace(/["')][\s\S]*$/, ''))}))`;
  }
  const loader = CSS_LOADERS.exec(plain);
  if (loader) return `CSS that loads from outside (${loader[0].replace(/\s+/g, '')})`;
  return undefined;
}

/**
 * CSS without the parts that load something: whole declarations (a `style` attribute) or whole
 * rules and at-rules (a `<style>` sheet) are dropped, the rest is kept as written. If the kept
 * parts together still load something (pieces that only do so side by side), nothing is kept.
 */
function cleanCss(css: string, sheet: boolean): { css: string; removed: string[] } {
  if (!cssProblem(css)) return { css, removed: [] };
  const removed: string[] = [];
  const kept = cssPieces(css, sheet).filter((piece) => {
    const problem = cssProblem(piece);
    if (problem) removed.push(problem);
    return !problem;
  });
  const result = kept.join('');
  return cssProblem(result) ? { css: '', removed: [...removed, 'the rest of the styles'] } : { css: result, removed };
}

/** Declarations (split at top-level `;`) or statements (split after top-level `;` and `}`), as written. */
function cssPieces(css: string, sheet: boolean): string[] {
  const pieces: string[] = [];
  let start = 0;
  let braces = 0;
  let parens = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '\\') i++;
    else if (c === '"' || c === "'") {
      for (i++; i < css.length && css[i] !== c && css[i] !== '\n'; i++) if (css[i] === '\\') i++;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
    } else if (c === '(') parens++;
    else if (c === ')') parens = Math.max(0, parens - 1);
    else if (c === '{') braces++;
    else if (c === '}') {
      braces = Math.max(0, braces - 1);
      if (sheet && braces === 0 && parens === 0) {
        pieces.push(css.slice(start, i + 1));
        start = i + 1;
      }
    } else if (c === ';' && braces === 0 && parens === 0) {
      pieces.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < css.length) pieces.push(css.slice(start));
  return pieces;
}

interface Removal {
  element?: Node;
  attribute?: Attr | null;
  from?: Element;
}

/** What was taken out, in words for the note's author; repeats counted, editors' own data in one line. */
class Report {
  #lines = new Map<string, number>();
  #editor = new Set<string>();

  add(line: string) {
    this.#lines.set(line, (this.#lines.get(line) ?? 0) + 1);
  }

  /** A removal DOMPurify made. */
  purified({ element, attribute, from }: Removal) {
    if (element) {
      if (element.nodeType === element.PROCESSING_INSTRUCTION_NODE)
        this.add(`the processing instruction <?${(element as ProcessingInstruction).target}?>`);
      if (element.nodeType !== element.ELEMENT_NODE) return;
      const el = element as Element;
      if (!RENDERED_NS.has(el.namespaceURI ?? '')) this.#editor.add(`<${el.nodeName}>`);
      else if (el.namespaceURI === XHTML_NS) this.add(`an HTML <${el.localName}> element`);
      else if (el.namespaceURI === MATHML_NS) this.add(`a MathML <${el.localName}> element`);
      else
        this.add(
          `${/^[aeiou]/i.test(el.localName) ? 'an' : 'a'} <${el.nodeName}> element${['animate', 'set'].includes(el.localName) ? ' (animations are not kept)' : ''}`,
        );
    } else if (attribute && from) {
      const { name, namespaceURI, localName, value } = attribute;
      if (namespaceURI === XMLNS_NS) return;
      if (namespaceURI !== null && namespaceURI !== XLINK_NS && namespaceURI !== XML_NS) this.#editor.add(name);
      else if (localName === 'href')
        this.add(allowedHref(from, value) ? `the ${name} attribute of <${from.nodeName}>` : describeHref(from, value));
      else if (/^on/i.test(localName))
        this.add(`the ${name} attribute of <${from.nodeName}> (a script run on ${localName.slice(2).toLowerCase()})`);
      else this.add(`the ${name} attribute of <${from.nodeName}>`);
    }
  }

  lines(): string[] {
    const lines = [...this.#lines].map(([line, count]) => (count > 1 ? `${line} (${count} times)` : line));
    if (this.#editor.size) {
      const names = [...this.#editor].sort();
      lines.push(
        `editor data that browsers do not draw (${names.slice(0, 4).join(', ')}${names.length > 4 ? ` and ${names.length - 4} more` : ''})`,
      );
    }
    return lines;
  }
}

function shorten(text: string) {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function megabytes(bytes: number) {
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;
}
