declare module 'virtual:minutes/config' {
  const config: import('./notes/config.ts').MinutesConfig & { notesPath: string };
  export default config;
}
