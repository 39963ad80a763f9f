/**
 * Ids Minutes' own markup gives on a note's page. Wiki.js heading ids are plain words (`content`
 * for a heading "Content"), so these carry a prefix, and the heading slugger holds them taken: a
 * heading's own link never lands elsewhere.
 */
export const PAGE_IDS = {
  content: 'minutes-content',
  toc: 'minutes-toc-title',
  backlinks: 'minutes-backlinks-title',
  sections: 'minutes-sections-title',
  meetings: 'minutes-meetings-title',
} as const;
