import { CODES, type Code } from './codes.ts';

/** A problem found in a note, positioned so editors and CI can jump to it. */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path relative to the notes folder, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  /** Stable identifier (`frontmatter/yaml`, `link/broken`, …) that docs and CI refer to. */
  code: Code;
  message: string;
  hint?: string;
}

export interface Position {
  line: number;
  column: number;
}

/** A diagnostic of `code`, with the severity the registry gives it and its default hint unless a more precise one is given. */
export function diagnostic(
  file: string,
  at: Position | undefined,
  code: Code,
  message: string,
  hint: string = CODES[code].hint,
): Diagnostic {
  return { file, line: at?.line ?? 1, column: at?.column ?? 1, severity: CODES[code].severity, code, message, hint };
}

export const hasErrors = (list: readonly Diagnostic[]) => list.some((d) => d.severity === 'error');

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
