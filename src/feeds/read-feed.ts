import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Fetcher } from '../article/fetch-types.js';
import { NewsbriefError } from '../errors.js';
import { decodeFeedBytes } from '../net/feed-charset.js';
import type { HostLimit } from './host-limit.js';
import type { FeedEntry, ParsedFeed } from './types.js';

export interface FeedResponse {
  notModified: boolean;
  body: string;
  etag?: string;
  lastModified?: string;
}

export interface ReadDeps {
  fetcher: Fetcher;
  withHost: HostLimit;
  /** Folders local feeds and articles may come from (the console only). */
  localRoots: readonly string[];
  maxBytes: number;
}

export const isWebUrl = (location: string) => /^https?:\/\//i.test(location);

function inside(path: string, roots: readonly string[]): boolean {
  return roots.some((root) => {
    const rel = relative(resolve(root), path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  });
}

/**
 * The absolute path of a local file inside one of the roots, or undefined. A relative path is
 * tried from the working directory, then from the folder holding each root ("content/feeds/x"
 * works wherever the console was started).
 */
export function localPath(location: string, roots: readonly string[]): string | undefined {
  if (isWebUrl(location) || !roots.length) return undefined;
  const raw = location.replace(/^file:\/\//, '');
  const candidates = isAbsolute(raw)
    ? [raw]
    : [resolve(raw), ...roots.map((root) => resolve(dirname(resolve(root)), raw))];
  const allowed = candidates.filter((path) => inside(path, roots));
  return allowed.find((path) => existsSync(path)) ?? allowed[0];
}

/** Reads a local file, refusing one whose real path (symlinks followed) leaves the roots. */
export async function readLocal(
  path: string,
  roots: readonly string[],
  maxBytes: number,
): Promise<string> {
  return (await readLocalBytes(path, roots, maxBytes)).toString('utf8');
}

async function readLocalBytes(
  path: string,
  roots: readonly string[],
  maxBytes: number,
): Promise<Buffer> {
  const real = await realpath(path).catch((cause: unknown) => {
    throw new NewsbriefError('not_found', `There is no file at ${path}.`, { cause });
  });
  const realRoots = await Promise.all(roots.map((root) => realpath(root).catch(() => root)));
  if (!inside(real, realRoots))
    throw new NewsbriefError('fetch_refused', 'That file is outside the folders I may read.');
  const info = await stat(real);
  if (!info.isFile()) throw new NewsbriefError('not_found', `${path} is not a file.`);
  if (info.size > maxBytes) throw new NewsbriefError('too_large', 'That file is too large.');
  return readFile(real);
}

/** Fetches a feed with a conditional request; a local path is read from disk (console only). */
export async function readFeed(
  location: string,
  validators: { etag?: string; lastModified?: string },
  deps: ReadDeps,
): Promise<FeedResponse> {
  const path = localPath(location, deps.localRoots);
  if (path)
    return {
      notModified: false,
      body: decodeFeedBytes(
        await readLocalBytes(path, deps.localRoots, deps.maxBytes),
        '',
        deps.maxBytes,
      ),
    };
  if (!isWebUrl(location))
    throw new NewsbriefError('fetch_refused', 'Only http and https feeds can be followed here.');
  const headers: Record<string, string> = {};
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const response = await deps.withHost(new URL(location).host, () =>
    deps.fetcher.fetchText(location, { accept: 'feed', headers }),
  );
  if (response.status === 304) return { notModified: true, body: '', ...validators };
  if (response.status < 200 || response.status >= 300)
    throw new NewsbriefError('feed_unreachable', `The feed answered HTTP ${response.status}.`);
  const etag = response.headers.etag;
  const lastModified = response.headers['last-modified'];
  return {
    notModified: false,
    body: response.body,
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
  };
}

/** Item links relative to the feed: against its URL, or for a local feed its folder. */
export function withAbsoluteLinks(feed: ParsedFeed, location: string): ParsedFeed {
  const absolute = (url: string) => {
    if (isWebUrl(url)) return url;
    if (!isWebUrl(location)) return isAbsolute(url) ? url : resolve(dirname(location), url);
    return URL.canParse(url, location) ? new URL(url, location).toString() : url;
  };
  // An entry is copied only when its link changes (most feeds give absolute links), field by
  // field: `{ ...entry, url }` would give each copy a hidden class of its own (see story.ts).
  const entries = feed.entries.map((entry) => {
    const url = entry.url && absolute(entry.url);
    if (!url || url === entry.url) return entry;
    const copy: FeedEntry = { title: entry.title, content: entry.content, url };
    if (entry.guid !== undefined) copy.guid = entry.guid;
    if (entry.summary !== undefined) copy.summary = entry.summary;
    if (entry.publishedAt !== undefined) copy.publishedAt = entry.publishedAt;
    return copy;
  });
  return { title: feed.title, format: feed.format, entries };
}
