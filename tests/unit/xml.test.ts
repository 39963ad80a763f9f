import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { xmlText } from '../../src/notes/xml.ts';

const parses = (text: string) => {
  try {
    new JSDOM(`<?xml version="1.0" encoding="utf-8"?><a>${text}</a>`, { contentType: 'application/xml' });
    return true;
  } catch {
    return false;
  }
};

describe('xmlText', () => {
  const forbidden = [
    ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c)),
    '\ufffe',
    '\uffff',
    '\ud800',
    '\udfff',
  ];

  it('drops every character XML 1.0 forbids, and only those', () => {
    for (const c of forbidden) expect(xmlText(`a${c}b`), JSON.stringify(c)).toBe('ab');
    const allowed = 'tab\t LF\n CR\r é 会議 🎉 \u007f\u0085 \ud7ff\ue000\ufffd \u{10ffff} <&>';
    expect(xmlText(allowed)).toBe(allowed);
    expect(xmlText(`${'🎉'.repeat(3)}\udbff`)).toBe('🎉🎉🎉');
  });

  it('makes text a strict parser accepts, which it rejects before', () => {
    // The parser the integration test relies on does reject these characters.
    for (const c of forbidden.filter((ch) => !/[\ud800-\udfff]/.test(ch)))
      expect(parses(`x${c}y`), JSON.stringify(c)).toBe(false);
    expect(parses(xmlText(`x${forbidden.join('')}y`))).toBe(true);
  });
});
