import type { APIRoute } from 'astro';
import { noteHref } from '../../lib/format.ts';
import { getSite } from '../../lib/site.ts';
import { trackedJson } from '../../notes/api.ts';

/** Action items followed from meeting to meeting, latest mention first, each mention linking to its line. */
export const GET: APIRoute = async () => Response.json(trackedJson((await getSite()).indexes.tracked, noteHref));
