import type { APIRoute } from 'astro';
import { noteHref } from '../../lib/format.ts';
import { getSite } from '../../lib/site.ts';
import { notesJson } from '../../notes/api.ts';

export const GET: APIRoute = async () => {
  const { notes, indexes } = await getSite();
  return Response.json(notesJson(notes, indexes, noteHref));
};
