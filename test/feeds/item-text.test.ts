import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/article/load.js';
import { simpleItemText } from '../../src/feeds/item-text.js';

// Feed items the way publishers write them: bare text, paragraphs, inline links and lists.
const items = [
  'The council approved the new harbour ferry budget on Tuesday after a long debate about fares. Residents said the plan would cut journey times &#8212; by twenty minutes.',
  '<p>The council approved the new harbour ferry budget on Tuesday after a long debate about fares.</p><p>Residents said the plan would cut journey times by &ldquo;twenty minutes&rdquo; &amp; lower prices for commuters who travel daily.</p>',
  '<div><p>The <b>council</b> approved the new <a href="https://x.example/a" target=_blank>harbour ferry</a> budget on Tuesday after a long debate about fares.</p><ul><li>Fares fall by ten percent for all the commuters next year.</li><li>Ferries run every twenty minutes from the harbour in the summer.</li></ul></div>',
];

describe('simple feed items', () => {
  it('reads paragraphs, inline markup and entities without a DOM', () => {
    expect(
      simpleItemText(
        '<p>Fares fall &amp; ferries <em>run</em> later.</p>\n<p>It&#x27;s <a href="/x">official</a>&#8230;<br/>Say “yes”.</p>',
      ),
    ).toBe("Fares fall & ferries run later.\n\nIt's official…\n\nSay “yes”.");
    expect(simpleItemText('  Plain   text,\nno markup.  ')).toBe('Plain text, no markup.');
  });

  it('leaves markup it does not fully understand to the page extractor', () => {
    for (const html of [
      '<p>Story</p><script>track()</script>',
      '<figure><img src="a.jpg"><figcaption>Photo: agency</figcaption></figure><p>Story</p>',
      '<table><tr><td>1</td></tr></table>',
      '<p>Story</p><!-- ad -->',
      '<p>Caf&eacute; opens</p>',
      'Profits rose as costs < 5% of sales',
    ])
      expect(simpleItemText(html), html).toBeUndefined();
  });

  it('gives the summariser the same text the page extractor would', async () => {
    for (const html of items) {
      const text = simpleItemText(html);
      expect(text, html).toBeDefined();
      const direct = readArticle({ kind: 'text', text: text ?? '', source: 'feed' });
      const extracted = readArticle({ kind: 'html', html, source: 'feed' });
      expect(direct.text).toBe(extracted.text);
    }
  });
});
