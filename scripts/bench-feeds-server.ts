// The feeds of `npm run bench:feeds`, served on 127.0.0.1: feed F lists one item at first
// (generation 0), then that item and `newItems` new ones (generation 1). Fictional text.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const words =
  'council transport plan residents harbour ferry budget minister hospital school weather market energy prices rail strike union talks court ruling police report election campaign';

function body(feed: number, n: number): string {
  const pick = words.split(' ');
  const sentences = Array.from({ length: 8 }, (_, s) => {
    const w = Array.from(
      { length: 14 },
      (_, k) => pick[(feed * 7 + n * 3 + s * 5 + k) % pick.length],
    );
    return `Feed ${feed} story ${n} sentence ${s} says the ${w.join(' ')}.`;
  });
  return sentences.join(' ');
}

export async function startBenchFeedServer(options: { newItems: number; t0: number }) {
  let generation = 0;
  function feedXml(feed: number, base: string): string {
    const items = [];
    const count = generation === 0 ? 1 : 1 + options.newItems;
    for (let n = count - 1; n >= 0; n--) {
      const date = new Date(options.t0 - 3_600_000 + n * 60_000).toUTCString();
      items.push(
        `<item><title>Feed ${feed} story ${n}</title><link>${base}/a/${feed}/${n}?utm_source=rss</link><guid>f${feed}-s${n}</guid><pubDate>${date}</pubDate><description>${body(feed, n)}</description></item>`,
      );
    }
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>${base}/</link>${items.join('')}</channel></rss>`;
  }
  const server = createServer((req, res) => {
    const match = /^\/f\/(\d+)\.xml$/.exec(req.url ?? '');
    if (!match) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(feedXml(Number(match[1]), base));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    feedUrl: (feed: number) => `${base}/f/${feed}.xml`,
    nextGeneration() {
      generation = 1;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
