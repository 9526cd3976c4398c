import { describe, expect, it } from 'vitest';
import { discordLink } from '../../../adapters/discord/escape.js';
import { liveInDiscord } from '../live-markup.js';

describe('Discord links newsbrief draws', () => {
  it('never draws a link with no words to click, which would hide it', () => {
    const url = 'https://news.example/story';
    expect(discordLink('', url)).toBe(`[(untitled)](${url})`);
    expect(discordLink('  ', url)).toBe(`[(untitled)](${url})`);
  });

  it('keeps an address holding "&amp;" as the feed wrote it, and only that one live', () => {
    const url = 'https://evil.example/&amp;lt;!here&amp;gt;';
    const link = discordLink('Story', url);
    expect(liveInDiscord(link, [url])).toEqual([]);
    expect(liveInDiscord(link, ['https://evil.example/&lt;!here&gt;'])).toHaveLength(1);
  });
});
