// @ts-check
import { defineConfig } from 'astro/config';
import minutes from './src/integration.ts';

export default defineConfig({
  // Absolute URLs in feeds and the sitemap; set it to where the site is hosted.
  site: 'https://notes.lantern-labs.example',
  integrations: [
    minutes({
      title: 'Lantern Labs notes',
      description: 'Meeting notes of the Lantern Labs team',
      editUrl: 'https://github.com/lantern-labs/notes/edit/main/content/',
      wikiHost: 'https://wiki.lantern-labs.example',
      people: { 'Marisol Vega': ['Mari', 'Marisol'] },
    }),
  ],
});
