import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as z from 'zod';
import { noteHeaderJsonSchema, SCHEMA_FILE } from '../../src/notes/json-schema.ts';

describe('the note header JSON Schema', () => {
  // Checked as an editor would: the YAML parsed the usual way, validated against the JSON Schema.
  const validate = (yaml: string) => z.fromJSONSchema(noteHeaderJsonSchema() as never).safeParse(parse(yaml)).success;

  it('accepts headers as Wiki.js writes them and as people hand-edit them', () => {
    expect(
      validate(
        'title: Weekly sync\ndescription: \npublished: true\ndate: 2024-02-20T10:00:00.000Z\ntags: planning, design\neditor: markdown\ndateCreated: 2024-02-01T09:00:00.000Z',
      ),
    ).toBe(true);
    expect(
      validate(
        'title: Sync\npublished: "false"\ntags: [a, b]\nmeetingDate: "2024-05-02"\nattendees: [Ana, Bo]\nseries: Weekly',
      ),
    ).toBe(true);
  });

  it('rejects what check rejects: a missing title, a published value that is not one, a malformed date', () => {
    expect(validate('description: no title')).toBe(false);
    expect(validate('title: A\npublished: yes please')).toBe(false);
    expect(validate('title: A\nmeetingDate: "2024-5-2"')).toBe(false);
    expect(validate('title: A\ndate: last tuesday')).toBe(false);
  });

  it('is written to the repository and up to date (npm run schema)', async () => {
    expect(JSON.parse(await readFile(SCHEMA_FILE, 'utf8'))).toEqual(noteHeaderJsonSchema());
    expect(spawnSync(process.execPath, ['scripts/schema.ts', '--check'], { encoding: 'utf8' }).status).toBe(0);
  });
});
