import type { DigestPost, OverflowPost, Post, StoryPost } from './types.js';

/** "Also reported by A and B", or '' when one feed carried the story. */
export function alsoReportedLine(post: StoryPost): string {
  const names = post.alsoReportedBy;
  if (!names.length) return '';
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `Also reported by ${list}`;
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
      ...post.stories.map((story) => `  • ${link(story.title, story.url)}`),
    ].join('\n');
  return [
    digestTitle(post),
    ...post.stories.map((story) => `  • ${link(story.title, story.url)}\n    ${story.lede}`),
  ].join('\n');
}
