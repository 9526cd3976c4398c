import type { DigestPost, GroupEntry, OverflowPost, Post } from './types.js';

const names = (list: readonly string[]) =>
  list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;

/**
 * "Also reported by A and B" for a story, or for one story listed in an overflow or digest
 * post; '' when one feed carried it.
 */
export function alsoReportedLine(story: { alsoReportedBy?: readonly string[] }): string {
  const list = story.alsoReportedBy ?? [];
  return list.length ? `Also reported by ${names(list)}` : '';
}

export function overflowTitle(post: OverflowPost): string {
  const n = post.stories.length;
  return `${n} more ${n === 1 ? 'story' : 'stories'} from ${post.feedTitle}`;
}

export function digestTitle(post: DigestPost): string {
  const n = post.stories.length;
  return `Daily digest, ${post.date}: ${n} ${n === 1 ? 'story' : 'stories'}`;
}

const link = (title: string, url?: string) => (url ? `${title} <${url}>` : title);
const alsoSuffix = (entry: GroupEntry) => {
  const line = alsoReportedLine(entry);
  return line && ` · ${line}`;
};

/** A post as plain text: the console prints it, chat platforms use it as the fallback text. */
export function postText(post: Post): string {
  if (post.kind === 'story') {
    const also = alsoReportedLine(post);
    return [
      `📰 ${post.brief.headline || post.title}`,
      post.brief.lede,
      ...post.brief.points.map((point) => `  • ${point}`),
      `${post.feedTitle}${post.url ? ` · ${post.url}` : ''}`,
      ...(also ? [also] : []),
    ]
      .filter(Boolean)
      .join('\n');
  }
  if (post.kind === 'overflow')
    return [
      overflowTitle(post),
      ...post.stories.map((story) => `  • ${link(story.title, story.url)}${alsoSuffix(story)}`),
    ].join('\n');
  return [
    digestTitle(post),
    ...post.stories.map(
      (story) => `  • ${link(story.title, story.url)}${alsoSuffix(story)}\n    ${story.lede}`,
    ),
  ].join('\n');
}
