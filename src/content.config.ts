import { defineCollection } from 'astro:content';
import config from 'virtual:minutes/config';
import { notesLoader } from './loader.ts';

export const collections = { notes: defineCollection({ loader: notesLoader(config) }) };
