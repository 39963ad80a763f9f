declare module 'virtual:minutes/config' {
  const settings: import('./integration.ts').MinutesSettings;
  export default settings;
}
