import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { count, meetingHref } from '../lib/format.ts';
import { config, getSite } from '../lib/site.ts';

const FEED_SIZE = 50;

/** RSS of the newest meetings. Injected only when the Astro config has a `site` (links must be absolute). */
export const GET: APIRoute = async ({ site }) => {
  const { indexes } = await getSite();
  const items = indexes.meetings
    .filter((m) => m.date)
    .slice(0, FEED_SIZE)
    .map((m) => ({
      title: m.anchor ? `${m.title} (${m.note.title})` : m.title,
      link: meetingHref(m),
      pubDate: new Date(`${m.date}T00:00:00Z`),
      description: m.note.description || (m.attendees.length ? `${count(m.attendees.length, 'attendee')}: ${m.attendees.map((a) => a.name).join(', ')}` : undefined),
      categories: m.note.tags,
    }));
  return rss({ title: config.title, description: config.description, site: site!, items });
};
