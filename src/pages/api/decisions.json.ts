import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site.ts';
import { itemsJson } from '../../notes/api.ts';

/** Every decision: `{ id, noteId, line, owners, groups, text, topic, status, kind }` (`topic` null when none), newest meeting first. */
export const GET: APIRoute = async () => Response.json(itemsJson((await getSite()).indexes.decisions));
