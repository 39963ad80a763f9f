// Minutes options for the real Wiki.js corpus beside the project (../shared/corpora/mathesar-wiki):
// used by .ci/run to check and build it, and by the extraction evaluations in this folder.
import { defineConfig } from 'astro/config';
import minutes from '../../src/integration.ts';

export default defineConfig({
  site: 'https://mathesar-notes.example',
  integrations: [
    minutes({
      title: 'Mathesar wiki',
      notesDir: process.env.MINUTES_NOTES_DIR ?? '../shared/corpora/mathesar-wiki',
      wikiHost: 'https://wiki.mathesar.org',
      people: { Dominykas: ['Dom', 'Dominkyas'], María: ['Maria'] },
    }),
  ],
});
