import type { DigestPost, GroupEntry, OverflowPost, StoryPost } from '../feeds/types.js';

// How an "also reported by" source joins a post's payload, whichever store keeps it.

/** Adds a source to a list unless it is the story's own feed or named already. */
export function addName(list: string[], own: string, name: string): boolean {
  if (name === own || list.includes(name)) return false;
  list.push(name);
  return true;
}

/** The entry of a group post that lists this story: members are listed in delivery order. */
export function entryOf(post: OverflowPost | DigestPost, index: number, story: StoryPost) {
  const entries: GroupEntry[] = post.stories;
  const byIndex = entries[index];
  if (byIndex?.title === story.title) return byIndex;
  return entries.find((entry) => entry.title === story.title && entry.url === story.url);
}
