/**
 * What XML 1.0 does not allow in a document, even escaped: C0 controls but tab, LF and CR,
 * U+FFFE and U+FFFF, and surrogates without their other half (the `Char` production of XML 1.0).
 */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * Text safe to write into XML (the feed, the sitemap): the characters XML 1.0 forbids are
 * dropped, so one control character in a title or an attendee's name cannot make a feed
 * reader reject the whole feed. Escaping `<` and `&` stays the XML writer's job.
 */
export const xmlText = (text: string) => text.replace(NOT_XML, '');
