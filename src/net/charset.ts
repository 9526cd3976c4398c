import { TextDecoder } from 'node:util';

/**
 * windows-1252's 0x80-0x9F row. Per the WHATWG Encoding standard, latin1/iso-8859-1/ascii labels
 * mean windows-1252, but Node 20's TextDecoder decodes that row as C1 controls, so it is mapped here.
 */
const cp1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const westernLabels = new Set(['windows-1252']);

/** Decodes text by the declared charset (or an HTML meta tag), falling back to UTF-8. */
export function decodeText(body: Buffer, contentType: string): string {
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  const label =
    declared ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(body.subarray(0, 2048).toString('latin1'))?.[1];
  const decoder = decoderFor(label ?? 'utf-8');
  if (!westernLabels.has(decoder.encoding)) return decoder.decode(body);
  return body
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => cp1252High[c.charCodeAt(0) - 0x80] ?? c);
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('utf-8');
  }
}
