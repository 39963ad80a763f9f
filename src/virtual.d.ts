declare module 'virtual:minutes/config' {
  const settings: import('./settings.ts').MinutesSettings;
  export default settings;
}
