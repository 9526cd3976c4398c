// Feed documents in each format, written the way publishers write them.
export interface Item {
  id: string;
  title: string;
  url?: string;
  body?: string;
  /** ISO date; undefined for an undated item. */
  date?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss2(title: string, items: readonly Item[]): string {
  const entries = items.map(
    (i) => `<item><title>${esc(i.title)}</title>${i.url ? `<link>${esc(i.url)}</link>` : ''}
      <guid isPermaLink="false">${esc(i.id)}</guid><description>${esc(i.body ?? '')}</description>
      ${i.date ? `<pubDate>${new Date(i.date).toUTCString()}</pubDate>` : ''}</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>http://example.org/</link>
<description>${esc(title)}</description>${entries.join('\n')}</channel></rss>`;
}

export function atom(title: string, items: readonly Item[]): string {
  const entries = items.map(
    (i) => `<entry><id>${esc(i.id)}</id><title>${esc(i.title)}</title>
      ${i.url ? `<link rel="alternate" href="${esc(i.url)}"/>` : ''}
      ${i.date ? `<updated>${i.date}</updated><published>${i.date}</published>` : ''}
      <summary type="html">${esc(i.body ?? '')}</summary></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:${esc(title)}</id>
<updated>2026-11-29T00:00:00Z</updated>${entries.join('\n')}</feed>`;
}

export function rdf(title: string, items: readonly Item[]): string {
  const entries = items.map(
    (i) => `<item rdf:about="${esc(i.url ?? i.id)}"><title>${esc(i.title)}</title>
      <link>${esc(i.url ?? i.id)}</link><description>${esc(i.body ?? '')}</description>
      ${i.date ? `<dc:date>${i.date}</dc:date>` : ''}</item>`,
  );
  return `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="http://example.org/">
<title>${esc(title)}</title><link>http://example.org/</link><description>${esc(title)}</description>
</channel>${entries.join('\n')}</rdf:RDF>`;
}

export function jsonFeed(title: string, items: readonly Item[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: items.map((i) => ({
      id: i.id,
      title: i.title,
      ...(i.url ? { url: i.url } : {}),
      content_text: i.body ?? '',
      ...(i.date ? { date_published: i.date } : {}),
    })),
  });
}

/** A plausible news paragraph, distinct per seed, long enough to brief. */
export function body(seed: string): string {
  return [
    `Officials in ${seed} confirmed on Tuesday that the new transport plan will go ahead.`,
    `The plan for ${seed} adds forty buses and two tram lines over the next three years.`,
    `Residents of ${seed} said the changes were overdue, while shop owners worried about parking.`,
    `The council of ${seed} will publish the full timetable next month.`,
  ].join(' ');
}
