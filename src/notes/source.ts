import { diagnostic, type Diagnostic } from './diagnostics.ts';

export type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes → text with the line numbering editors show: strict UTF-8, BOM dropped, CRLF and lone CR
 * turned into LF (so every later position is a line of the file as the author sees it).
 */
export function decodeNote(file: string, bytes: Uint8Array): Decoded {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      diagnostic: diagnostic(file, at, 'file/encoding', 'File is not valid UTF-8.'),
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Invisible characters no HTML or XML page may carry are dropped: a title keeps reading as written.
  text = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  if (text.trim() === '') {
    return { ok: false, diagnostic: diagnostic(file, undefined, 'file/empty', 'File is empty.') };
  }
  return { ok: true, text };
}

function firstInvalidUtf8(bytes: Uint8Array) {
  // Decode line by line so the error points at the offending line.
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(start, i));
      } catch {
        return { line, column: 1 };
      }
      line++;
      start = i + 1;
    }
  }
  return { line: 1, column: 1 };
}
