import * as z from 'zod';
import { ISO_DAY, ISO_TIMESTAMP } from './dates.ts';
import { noteHeaderSchema } from './schema.ts';

/** Where `npm run schema` writes the schema, for editors and the README to point at. */
export const SCHEMA_FILE = 'schema/note-header.schema.json';

/**
 * The note header as JSON Schema, for editors that check YAML front matter as you type. Zod writes
 * it from the same schema `check` uses; the few fields Minutes reads from raw text (so a title
 * such as `2024-05-02` stays text) are described as YAML parses them instead.
 */
export function noteHeaderJsonSchema() {
  const schema = z.toJSONSchema(noteHeaderSchema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, Record<string, unknown>>;
  } & Record<string, unknown>;
  const timestamp = { type: 'string', pattern: ISO_TIMESTAMP.source };
  const { properties } = schema;
  delete properties.published!.type;
  properties.published!.anyOf = [{ type: 'boolean' }, { enum: ['true', 'false', '1', '0', 1, 0] }];
  Object.assign(properties.date!, timestamp);
  Object.assign(properties.dateCreated!, timestamp);
  Object.assign(properties.meetingDate!, { pattern: ISO_DAY.source });
  return {
    ...schema,
    title: 'Minutes note header',
    description: 'Front matter of a meeting note: the Wiki.js fields plus meetingDate, attendees and series.',
  };
}
