import { createRenderer, parseMarkdown } from '../../src/notes/markdown.ts';

/** Renders Markdown as note `from`, in a wiki whose notes and assets are given. */
export function render(
  markdown: string,
  options: { notes?: string[]; assets?: string[]; from?: string; base?: string; iframeHosts?: string[] } = {},
) {
  const renderer = createRenderer({
    links: {
      notes: new Set(options.notes ?? ['home']),
      assets: new Set(options.assets ?? []),
      wikiHost: 'https://wiki.example.org',
      defaultLocale: 'en',
      base: options.base ?? '/',
    },
    iframeHosts: options.iframeHosts ?? [],
  });
  return renderer(parseMarkdown(markdown), options.from ?? 'home');
}

export const html = (markdown: string, options?: Parameters<typeof render>[1]) => render(markdown, options).html;
