import { describe, expect, it } from 'vitest';
import { currentPath } from '../../src/scripts/old-url.ts';

describe('currentPath of an old Wiki.js address', () => {
  it('drops the locale, and a history, source or editor view before it', () => {
    expect(currentPath('/minutes/en/meeting-notes/x', '/minutes/', 'en')).toBe('/minutes/meeting-notes/x');
    expect(currentPath('/en/meeting-notes/x/', '/', 'en')).toBe('/meeting-notes/x/');
    expect(currentPath('/EN/a', '/', 'en')).toBe('/a');
    expect(currentPath('/s/en/a', '/', 'en')).toBe('/a');
    expect(currentPath('/h/en/a/b', '/', 'en')).toBe('/a/b');
    expect(currentPath('/de/a', '/', 'de')).toBe('/a');
  });

  it('leaves every other missing address a 404', () => {
    expect(currentPath('/minutes/meeting-notes/gone', '/minutes/', 'en')).toBeUndefined();
    expect(currentPath('/fr/a', '/', 'en')).toBeUndefined();
    expect(currentPath('/en', '/', 'en')).toBeUndefined();
    expect(currentPath('/other/en/a', '/minutes/', 'en')).toBeUndefined();
    expect(currentPath('/s/a', '/', 'en')).toBeUndefined();
  });
});
