import { descendants, type FolderTree, type ListedPage, listing } from '../notes/tree.ts';
import { clip, folderName, noteHref } from './format.ts';

/** A page a folder lists: a note by its title, or a sub-folder without a note of its own. */
export interface ListedRow {
  href: string;
  title: string;
  folder: boolean;
}

/** A folder's direct children, as its section list shows them. */
export const sectionRows = (tree: FolderTree, folder: string): ListedRow[] =>
  listing(tree, folder).map((page) => ({
    href: noteHref(page.id),
    title: page.note ? page.note.title : folderName(page.id),
    folder: !page.note,
  }));

/**
 * Folders nest this deep at most in the Browse tree; below that, one flat list of everything
 * further down. A chain of a thousand folders would otherwise nest thousands of elements, past
 * what browsers build.
 */
export const MAX_LEVEL = 12;

export interface TreeNode {
  href: string;
  label: string;
  /** The pages below it: its own listing, or past {@link MAX_LEVEL} all of them, flat. */
  below?: TreeNode[];
}

/** The Browse tree from a folder down: each folder lists its notes, and each note or bare folder its own children. */
export function treeNodes(tree: FolderTree, folder: string, level = 1): TreeNode[] {
  return listing(tree, folder).map((page) => ({
    ...leaf(page),
    ...(page.below
      ? { below: level < MAX_LEVEL ? treeNodes(tree, page.id, level + 1) : descendants(tree, page.id).map(leaf) }
      : {}),
  }));
}

const leaf = (page: ListedPage) => ({
  href: noteHref(page.id),
  label: clip(page.note ? page.note.title : `${folderName(page.id)}/`),
});
