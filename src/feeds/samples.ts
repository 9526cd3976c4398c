import type { SubscriptionStore } from '../store/subscription-types.js';
import type { Brief } from '../summarize/types.js';
import type { BuiltStory } from './fan-out.js';
import type { FeedEntry } from './types.js';

/**
 * The newest story of each recently polled feed, so a channel subscribing to a feed others
 * already follow gets that stored story as its sample instead of a freshly briefed copy: 5,000
 * subscriptions to 1,000 feeds briefed 5,000 samples, 4,000 of them again (bench-feeds). Holds
 * the brief only; the article is read back from the store, which also proves the story is kept.
 */
export function createSamples(limit = 1000) {
  const byFeed = new Map<number, { key: string; id: number; articleId: string; brief: Brief }>();
  return {
    /** The stored story for this item of the feed, when it is the one remembered. */
    find(
      store: Pick<SubscriptionStore, 'storyArticle'>,
      feedId: number,
      item: { entry: FeedEntry; keys: string[]; at: number },
    ): BuiltStory | undefined {
      const known = byFeed.get(feedId);
      if (!known || known.key !== item.keys[0]) return undefined;
      // SQLite may hand a deleted story's id to a new story: the article must still be this one.
      const article = store.storyArticle(known.id);
      if (article?.id !== known.articleId) return void byFeed.delete(feedId);
      const { entry, keys, at } = item;
      return { id: known.id, entry, keys, publishedAt: at, article, brief: known.brief };
    },
    remember(feedId: number, story: BuiltStory): void {
      byFeed.delete(feedId);
      const { id, brief } = story;
      byFeed.set(feedId, { key: story.keys[0] ?? '', id, articleId: story.article.id, brief });
      // Oldest first in a Map: the least recently polled feed goes.
      if (byFeed.size > limit) byFeed.delete(byFeed.keys().next().value ?? feedId);
    },
    /** A feed nobody follows any more (its id may be handed to another feed). */
    forget(feedId: number): void {
      byFeed.delete(feedId);
    },
  };
}

export type Samples = ReturnType<typeof createSamples>;
