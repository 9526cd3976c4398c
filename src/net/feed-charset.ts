import { TextDecoder } from 'node:util';
import { gunzipSync } from 'node:zlib';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { NewsbriefError } from '../errors.js';

// Why iconv-lite and chardet: a feed's bytes may be in any legacy charset its publisher chose
// (windows-1251, gb2312, ISO-8859-x, Shift_JIS…). Node's TextDecoder knows them only when Node was
// built with full ICU, which not every distribution's Node is; iconv-lite decodes them all in plain
// JavaScript. chardet (ICU's detector, ported) guesses the charset of a feed that names none.

/** WHATWG Encoding labels that name a different real decoder: "latin1" means windows-1252. */
const aliases: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  ascii: 'windows-1252',
  'us-ascii': 'windows-1252',
  cp819: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'tis-620': 'windows-874',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'euc-kr': 'cp949',
  'ks_c_5601-1987': 'cp949',
  utf8: 'utf-8',
};

const singleByte = /^(windows-125\d|iso-8859-\d+|koi8-[ru]|windows-874|macintosh)$/;

function canonical(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const name = label.trim().toLowerCase();
  const decoder = aliases[name] ?? name;
  return iconv.encodingExists(decoder) ? decoder : undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const nonAscii = (bytes: Uint8Array) => bytes.some((byte) => byte > 0x7f);

/** The charset the first bytes show: a BOM, or an XML declaration's own encoding. */
function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // No BOM: "<?" in UTF-16 (XML 1.0, appendix F).
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] === 0x3f) return 'utf-16be';
  return undefined;
}

function xmlDeclared(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
}

/** A declared charset, unless the bytes show it is wrong: then undefined, so the next source decides. */
function trusted(label: string | undefined, bytes: Uint8Array): string | undefined {
  const name = canonical(label);
  if (!name) return undefined;
  if (name === 'utf-8') return isUtf8(bytes) ? name : undefined;
  // Multi-byte UTF-8 that is valid throughout is, in practice, never text in a one-byte charset:
  // such a declaration is a template's default left unchanged.
  if (singleByte.test(name) && nonAscii(bytes) && isUtf8(bytes)) return 'utf-8';
  return name;
}

function detected(bytes: Uint8Array): string {
  if (isUtf8(bytes)) return 'utf-8';
  return canonical(chardet.detect(bytes) ?? undefined) ?? 'windows-1252';
}

/** Some servers gzip a feed twice, or store it gzipped and send it without Content-Encoding. */
function gunzipped(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (cause) {
    if ((cause as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new NewsbriefError('too_large', 'That feed unpacks to more than newsbrief reads.', {
        cause,
      });
    throw new NewsbriefError('feed_malformed', 'That feed is compressed and could not be read.', {
      cause,
    });
  }
}

/**
 * A feed's bytes as text: the charset of the HTTP header first, then the BOM or the XML
 * declaration, then detection. A declaration the bytes contradict (UTF-8 named, not UTF-8 given)
 * is passed over, so a feed's titles read as its publisher wrote them.
 */
export function decodeFeedBytes(raw: Uint8Array, contentType = '', maxBytes = 20_000_000): string {
  const bytes = gunzipped(raw, maxBytes);
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  const bom = bomCharset(bytes);
  const charset =
    trusted(header, bytes) ?? bom ?? trusted(xmlDeclared(bytes), bytes) ?? detected(bytes);
  return iconv.decode(Buffer.from(bytes), charset).replace(/^\uFEFF/, '');
}
