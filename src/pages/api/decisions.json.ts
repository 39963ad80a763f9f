import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site.ts';

/** Every decision: `{ id, noteId, line, owners, text, status, kind }`, newest meeting first. */
export const GET: APIRoute = async () => Response.json((await getSite()).indexes.decisions.map((d) => d.item));
