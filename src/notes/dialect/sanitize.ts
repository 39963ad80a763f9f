import type { Element, Root } from 'hast';
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';

/**
 * GitHub's sanitizing rules (rehype-sanitize's default) widened for what Wiki.js pages use:
 * any class (callouts, links-list, Vuetify helpers), unprefixed ids (old deep links), `target`,
 * image sizes, `<mark>`/`<u>`/`<abbr>`. Still no scripts, styles, event handlers, forms or
 * `javascript:`/`data:` URLs.
 */
export function sanitizeSchema(allowIframes: boolean): Schema {
  const iframe = allowIframes ? ['iframe'] : [];
  // Per-element lists pin className to GitHub's few values; drop those pins so `'*'` applies.
  const unpinned = Object.fromEntries(
    Object.entries(defaultSchema.attributes!).map(([tag, list]) => [
      tag,
      list.filter((a) => !(Array.isArray(a) && a[0] === 'className')),
    ]),
  );
  return {
    ...defaultSchema,
    clobberPrefix: '',
    clobber: ['name'],
    tagNames: [...defaultSchema.tagNames!, 'u', 'mark', 'abbr', 'figure', 'figcaption', 'caption', ...iframe],
    attributes: {
      ...unpinned,
      '*': [...defaultSchema.attributes!['*']!, 'className'],
      a: [...defaultSchema.attributes!.a!, 'target'],
      img: [...defaultSchema.attributes!.img!, 'width', 'height', 'loading'],
      ...(allowIframes ? { iframe: ['src', 'title', 'width', 'height', 'allowFullScreen'] } : {}),
    },
    protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
  };
}

/**
 * Drops every iframe whose host is not allow-listed in the config (before sanitizing), and boxes
 * in the ones that stay (after): sandboxed, lazy, no referrer.
 */
export function rehypeIframeFilter(options: { hosts: readonly string[] }) {
  const refused = (node: Root['children'][number]) =>
    node.type === 'element' && node.tagName === 'iframe' && !allowedHost(node.properties.src, options.hosts);
  return (tree: Root) => {
    // Each parent's children filtered once (a splice per iframe is quadratic in a page of them).
    visit(tree, (node) => {
      if (!('children' in node) || !node.children.some(refused)) return;
      node.children = node.children.filter((child) => !refused(child)) as typeof node.children;
    });
  };
}

export function rehypeIframeSandbox() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'iframe') return;
      Object.assign(node.properties, {
        sandbox: 'allow-scripts allow-same-origin allow-popups',
        loading: 'lazy',
        referrerPolicy: 'no-referrer',
      });
    });
  };
}

function allowedHost(src: unknown, hosts: readonly string[]) {
  if (typeof src !== 'string') return false;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && hosts.includes(url.hostname);
  } catch {
    return false;
  }
}
