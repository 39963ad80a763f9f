import type { APIRoute } from 'astro';
import { noteHref, personHref } from '../../lib/format.ts';
import { getSite } from '../../lib/site.ts';
import { peopleJson } from '../../notes/api.ts';

export const GET: APIRoute = async () => {
  const { indexes } = await getSite();
  return Response.json(peopleJson(indexes, noteHref, personHref));
};
