import type { CompileContext, Extension as FromMarkdownExtension, Token } from 'mdast-util-from-markdown';
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    subscript: 'subscript';
    subscriptMarker: 'subscriptMarker';
    superscript: 'superscript';
    superscriptMarker: 'superscriptMarker';
  }
}

const TILDE = 126;
const CARET = 94;

/**
 * markdown-it-sub and -sup: `H~2~O`, `x^2^`. A syntax extension, so that what CommonMark reads first
 * is never a mark: `H\~2\~O` and `` `~a~` `` stay as written. The mark closes at the next one,
 * with no unescaped white space between (`\ ` is allowed), as markdown-it reads it. Its content
 * is text (escapes and character references resolved), not further Markdown: where it would hold
 * a code span, link or HTML (`` ` `` `[` `]` `<`), it is left to those, not cut through.
 * remark-gfm runs with `singleTilde: false`, so a single tilde reaches this construct and `~~`
 * stays strikethrough.
 */
export default function remarkSubSup(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({
    text: {
      [TILDE]: mark(TILDE, 'subscript', 'subscriptMarker'),
      [CARET]: mark(CARET, 'superscript', 'superscriptMarker'),
    },
  });
  (data.fromMarkdownExtensions ??= []).push(fromMarkdown);
}

// An emphasis node renamed through hName: mdast has no sub/sup, and this keeps it phrasing.
const enter = (hName: 'sub' | 'sup') =>
  function (this: CompileContext, token: Token) {
    this.enter({ type: 'emphasis', data: { hName }, children: [] }, token);
  };
function exit(this: CompileContext, token: Token) {
  this.exit(token);
}
const fromMarkdown: FromMarkdownExtension = {
  enter: { subscript: enter('sub'), superscript: enter('sup') },
  exit: { subscript: exit, superscript: exit },
};

/** What ends the content unclosed: white space, a line, or the start of a code span, link or tag. */
const refused = (code: Code) =>
  code === null ||
  code < 0 ||
  code === 96 ||
  code === 91 ||
  code === 93 ||
  code === 60 ||
  /\s/.test(String.fromCodePoint(code));

function mark(
  marker: number,
  type: 'subscript' | 'superscript',
  markerType: 'subscriptMarker' | 'superscriptMarker',
): Construct {
  return {
    name: type,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State) {
      const previous = this.previous;
      const sign = (code: Code) => {
        effects.enter(markerType);
        effects.consume(code);
        effects.exit(markerType);
      };
      const content: State = (code) => {
        if (code === marker) {
          effects.exit('chunkString');
          sign(code);
          effects.exit(type);
          return ok;
        }
        if (refused(code)) return nok(code);
        effects.consume(code);
        return code === 92 ? escaped : content;
      };
      // After a backslash: the next character never closes, and may be a space.
      const escaped: State = (code) => {
        if (code === null || code < 0) return nok(code);
        effects.consume(code);
        return content;
      };
      const open: State = (code) => {
        // Empty, or a run of tildes (strikethrough's, or text).
        if (code === marker || refused(code)) return nok(code);
        effects.enter('chunkString', { contentType: 'string' });
        return content(code);
      };
      return (code) => {
        if (marker === TILDE && previous === TILDE) return nok(code);
        effects.enter(type);
        sign(code);
        return open;
      };
    },
  };
}
