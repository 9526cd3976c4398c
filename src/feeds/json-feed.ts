import { z } from 'zod';
import type { ParsedFeed } from './types.js';

// JSON Feed 1.0/1.1 (https://www.jsonfeed.org/version/1.1/): the feed parser reads XML only.
const item = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  url: z.string().optional(),
  external_url: z.string().optional(),
  title: z.string().optional(),
  content_html: z.string().optional(),
  content_text: z.string().optional(),
  summary: z.string().optional(),
  date_published: z.string().optional(),
  date_modified: z.string().optional(),
});

const jsonFeed = z.object({
  version: z.string().regex(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/),
  title: z.string().default(''),
  items: z.array(z.unknown()),
});

function date(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Reads a JSON Feed; undefined when the text is not one. Bad items are skipped, not fatal. */
export function parseJsonFeed(text: string): ParsedFeed | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const feed = jsonFeed.safeParse(data);
  if (!feed.success) return undefined;
  const entries = feed.data.items.flatMap((raw) => {
    const parsed = item.safeParse(raw);
    if (!parsed.success) return [];
    const it = parsed.data;
    const content = it.content_html ?? it.content_text ?? it.summary ?? '';
    const publishedAt = date(it.date_published) ?? date(it.date_modified);
    const url = it.url ?? it.external_url;
    return [
      {
        guid: it.id,
        title: (it.title ?? it.summary ?? content).slice(0, 200).trim() || '(untitled)',
        content,
        ...(url ? { url } : {}),
        ...(publishedAt === undefined ? {} : { publishedAt }),
      },
    ];
  });
  return { title: feed.data.title, format: 'json', entries };
}
