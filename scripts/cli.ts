import { isAbsolute, relative } from 'node:path';
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

/** Whether `path` is `folder` or inside it (both absolute). */
export function isInside(folder: string, path: string) {
  const rel = relative(folder, path);
  return !/^\.\.(?:[/\\]|$)/.test(rel) && !isAbsolute(rel);
}

/**
 * A path as a person reads it: relative to the current folder when it is inside it, else absolute
 * (`../../../srv/notes` says less than `/srv/notes`).
 */
export const shownPath = (path: string) =>
  isInside(process.cwd(), path) ? relative(process.cwd(), path) || '.' : path;

/** Bad usage: the reason and the usage line on stderr, exit code 2. */
export function usageError(usage: string, reason?: string): never {
  console.error(reason ? `${reason}\n${usage}` : usage);
  process.exit(2);
}

/**
 * A command's arguments (positionals allowed): an unknown option is a usage error, `--help` / `-h`
 * prints the usage and exits 0.
 */
export function parseCommand<const T extends ParseArgsOptionsConfig>(usage: string, options: T) {
  const parse = () => {
    try {
      return parseArgs({ allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
    } catch (error) {
      return usageError(usage, (error as Error).message);
    }
  };
  const args = parse();
  if ((args.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return args;
}
