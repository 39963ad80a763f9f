// The data tables of markdown-it-emoji, which Wiki.js renders with; the package types only its plugins.
declare module 'markdown-it-emoji/lib/data/full.mjs' {
  /** gemoji name (`smile`, `+1`) → emoji. */
  const names: Record<string, string>;
  export default names;
}

declare module 'markdown-it-emoji/lib/data/shortcuts.mjs' {
  /** gemoji name → the emoticons (`:)`, `<3`) that stand for it. */
  const shortcuts: Record<string, string | string[]>;
  export default shortcuts;
}
