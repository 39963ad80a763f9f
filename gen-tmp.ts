import { generateNotes } from './scripts/generate-notes.ts';
const [dir, n] = process.argv.slice(2);
await generateNotes(dir!, Number(n));
