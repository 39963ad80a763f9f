import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { count, meetingHref } from '../lib/format.ts';
import { config, getSite } from '../lib/site.ts';
import { xmlText } from '../notes/xml.ts';

const FEED_SIZE = 50;

/**
 * RSS of the newest meetings. Injected only when the Astro config has a `site` (links must be
 * absolute). Every text goes through `xmlText`: titles, names and tags come from notes, and one
 * control character would make the whole feed unreadable.
 */
export const GET: APIRoute = async ({ site }) => {
  const { indexes } = await getSite();
  const items = indexes.meetings
    .filter((m) => m.date)
    .slice(0, FEED_SIZE)
    .map((m) => {
      const description =
        m.note.description ||
        (m.attendees.length
          ? `${count(m.attendees.length, 'attendee')}: ${m.attendees.map((a) => a.name).join(', ')}`
          : undefined);
      return {
        title: xmlText(m.anchor ? `${m.title} (${m.note.title})` : m.title),
        link: meetingHref(m),
        pubDate: new Date(`${m.date}T00:00:00Z`),
        ...(description ? { description: xmlText(description) } : {}),
        categories: m.note.tags.map(xmlText).filter(Boolean),
      };
    });
  return rss({ title: xmlText(config.title), description: xmlText(config.description ?? ''), site: site!, items });
};
