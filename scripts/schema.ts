// npm run schema [-- --check]
// Writes the note header's JSON Schema (from the Zod schema `check` uses) to schema/note-header.schema.json.
// With --check, writes nothing and exits 1 when the file is out of date.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { noteHeaderJsonSchema, SCHEMA_FILE } from '../src/notes/json-schema.ts';

const text = `${JSON.stringify(noteHeaderJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
  if (current !== text) {
    console.error(`${SCHEMA_FILE} is out of date: run npm run schema.`);
    process.exit(1);
  }
  console.log(`${SCHEMA_FILE} is up to date.`);
} else {
  await mkdir(dirname(SCHEMA_FILE), { recursive: true });
  await writeFile(SCHEMA_FILE, text);
  console.log(`Wrote ${SCHEMA_FILE}`);
}
