// Helpers for running the command scenarios: seed a channel's story history and serve the
// sample articles as web pages on 127.0.0.1.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  type ArticleStore,
  type ChannelRef,
  type Config,
  createSubscriptions,
  type Engine,
  type Subscriptions,
} from '../../src/index.js';
import type { SqliteDatabase } from '../../src/store/sqlite.js';
import { createSqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';
import type { CommandScenario } from './command-scenarios.js';

export const repoRoot = join(import.meta.dirname, '..', '..');

export async function seedChannel(
  engine: Engine,
  store: ArticleStore,
  channel: ChannelRef,
  paths: readonly string[],
): Promise<void> {
  for (const path of paths) {
    const text = readFileSync(join(repoRoot, path), 'utf8');
    const { article } = await engine.brief({ kind: 'text', text, source: path });
    store.saveArticle(channel, article);
  }
}

/** An article file as a plain news page: title, then one paragraph per blank-line block. */
export function articleHtml(text: string): string {
  const escapeHtml = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const title = blocks.find((block) => /^[A-Z]/.test(block) && block.length < 120) ?? 'Article';
  const paragraphs = blocks.map((block) => `<p>${escapeHtml(block)}</p>`).join('\n');
  return `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>\n${paragraphs}</article></body></html>`;
}

export interface ArticleServer {
  /** The URL of content/articles/<name>.txt served as text, or of an extra page as HTML. */
  urlOf(name: string): string;
  close(): Promise<void>;
}

export async function startArticleServer(
  extra: Record<string, string> = {},
): Promise<ArticleServer> {
  const server: Server = createServer((request, response) => {
    const name = (request.url ?? '/').slice(1).replace(/\.html$/, '');
    const text =
      extra[name] ??
      (/^[\w-]+$/.test(name)
        ? readOptional(join(repoRoot, 'content', 'articles', `${name}.txt`))
        : undefined);
    if (text === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // The sample files are served as they are written: the seed is a scraped page saved as
    // text, whose first lines are navigation, so wrapping it in HTML would invent its title.
    if (name in extra) {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(articleHtml(text));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (name) => `http://127.0.0.1:${port}/${name}.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The scenario's options with `$ARTICLE_URL` replaced. */
export function optionsOf(scenario: CommandScenario, articleUrl: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(scenario.options).map(([key, value]) => [
      key,
      value.replace('$ARTICLE_URL', articleUrl),
    ]),
  );
}

/** What a console or Slack user types after the command for this scenario. */
export function typedOf(scenario: CommandScenario, articleUrl: string): string {
  if (scenario.typed !== undefined) return scenario.typed.replace('$ARTICLE_URL', articleUrl);
  return Object.entries(optionsOf(scenario, articleUrl))
    .map(([key, value]) => `${key}:${value}`)
    .join(' ');
}

/** A subscription service on the harness's own SQLite file, not polling: enough for /opml. */
export function subscriptionsOn(
  db: SqliteDatabase,
  deps: { articles: ArticleStore; engine: Engine; config: Config },
): Subscriptions {
  return createSubscriptions({ store: createSqliteSubscriptionStore(db), ...deps });
}
