import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site.ts';

/** Every action item: `{ id, noteId, line, owners, text, status, kind }`, newest meeting first. */
export const GET: APIRoute = async () => Response.json((await getSite()).indexes.actions.map((a) => a.item));
