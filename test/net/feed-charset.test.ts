// Fictional feed text, encoded in the charsets real feeds use.
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../src/net/feed-charset.js';

const xml = (encoding: string, title: string) =>
  iconv.encode(
    `<?xml version="1.0" encoding="${encoding}"?><rss><title>${title}</title></rss>`,
    encoding,
  );

describe('decoding a feed', () => {
  it('follows the XML declaration when the header names no charset', () => {
    expect(decodeFeedBytes(xml('ISO-8859-1', 'simulações de 2º turno'))).toContain(
      'simulações de 2º turno',
    );
    expect(decodeFeedBytes(xml('windows-1251', 'Новости города'))).toContain('Новости города');
    expect(decodeFeedBytes(xml('gb2312', '新闻标题'), 'text/xml')).toContain('新闻标题');
  });

  it('lets the HTTP header decide first, unless the bytes contradict it', () => {
    const latin = xml('ISO-8859-1', 'Ação');
    expect(decodeFeedBytes(latin, 'application/rss+xml; charset=windows-1252')).toContain('Ação');
    // Named UTF-8 in the header, sent in Latin-1: the declaration is believed instead.
    expect(decodeFeedBytes(latin, 'text/xml; charset=utf-8')).toContain('Ação');
    // Declared Latin-1 by a template, written in UTF-8.
    const utf8 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>Ação</t>', 'utf8');
    expect(decodeFeedBytes(utf8)).toContain('Ação');
  });

  it('reads a BOM, detects an undeclared charset, and unpacks a gzipped body', () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode('<rss>Überblick</rss>', 'utf-16le'),
    ]);
    expect(decodeFeedBytes(utf16)).toBe('<rss>Überblick</rss>');
    const noBom = iconv.encode('<?xml version="1.0" encoding="UTF-16"?><rss>Ü</rss>', 'utf-16be');
    expect(decodeFeedBytes(noBom)).toContain('<rss>Ü</rss>');
    const undeclared = iconv.encode(
      '<rss><title>Последние новости города и области за сегодняшний день</title></rss>',
      'windows-1251',
    );
    expect(decodeFeedBytes(undeclared)).toContain('Последние новости');
    expect(decodeFeedBytes(gzipSync(Buffer.from('<rss>ok</rss>')))).toBe('<rss>ok</rss>');
  });

  it('refuses a gzipped body that unpacks past the size limit', () => {
    const bomb = gzipSync(Buffer.alloc(2_000_000, 'a'));
    expect(() => decodeFeedBytes(bomb, '', 1_000_000)).toThrow(/more than newsbrief reads/);
  });
});
