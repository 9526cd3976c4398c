// Independent readers of what each platform would treat as live in a message: written from the
// platforms' documented syntax, not from newsbrief's escape modules, so the two can disagree.
// Fictional hostile text for the tests that use them.

/** Every mention and link form of Slack and Discord, and terminal and bidi tricks. */
export const hostileText = [
  '<!channel> <!everyone> <!here> <@U0VICTIM> <@W0VICTIM|boss> <#C0SECRET|general>',
  '<!subteam^S0TEAM|@team> <!date^1392734382^{date}|Feb 18>',
  '<https://evil.example/phish|click> <mailto:ceo@evil.example|mail> <https://evil.example/bare>',
  '&lt;!channel&gt; &amp;lt;!here&amp;gt;',
  '@everyone @here <@123456789012345678> <@!123456789012345678> <@&234567890123456789>',
  '<#345678901234567890> </brief:456789012345678901>',
  '[click](https://evil.example/masked) [a [b](https://evil.example/nested) [x](<https://evil.example/angle>)',
  '\\[y](https://evil.example/escaped-bracket) **bold** `code` ||spoiler||',
  '\u001b[2J\u001b]0;pwned title\u0007\u001b]8;;https://evil.example/osc\u001b\\osc link\u001b]8;;\u001b\\',
  '\u202Eevil\u202C \u2066iso\u2069 \u0000\u0007\u009b31m\rover',
].join('\n');

/** A feed item link that tries to break out of Slack's `<url|label>`. */
export const breakoutUrl = 'https://evil.example/x>|<!channel>';

// C0 controls but tab and newline, DEL, C1, bidi overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** What is live in one Slack mrkdwn string: every `<…>` but links to `allowedUrls`. */
export function liveInSlack(text: string, allowedUrls: readonly string[] = []): string[] {
  const live: string[] = [];
  if (unsafe.test(text)) live.push('control or bidi character');
  for (const [whole, inner = ''] of text.matchAll(/<([^<>]*)>/g)) {
    const url = /^(https?:\/\/[^|]*)(\|[\s\S]*)?$/.exec(inner)?.[1];
    const allowed = url && allowedUrls.some((ok) => sameUrl(url, ok));
    if (!allowed) live.push(whole);
  }
  return live;
}

/** The same address once percent-encoding is read; Slack also writes `&` as `&amp;`. */
function sameUrl(sent: string, raw: string, ampersandsEscaped = true): boolean {
  return readUrl(ampersandsEscaped ? sent.replace(/&amp;/g, '&') : sent) === readUrl(raw);
}

function readUrl(url: string): string {
  const href = URL.canParse(url) ? new URL(url).href : url;
  return href.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** Live parts of a Slack call's text, blocks and attachments. */
export function liveInSlackCall(
  args: Record<string, unknown>,
  allowedUrls: readonly string[] = [],
): string[] {
  const text = typeof args.text === 'string' ? liveInSlack(args.text) : [];
  const nested = [args.blocks, args.attachments].flatMap((value) =>
    textsOf(typeof value === 'string' ? JSON.parse(value) : value).flatMap((t) =>
      liveInSlack(t, allowedUrls),
    ),
  );
  return [...text, ...nested];
}

const notText = new Set(['type', 'url', 'action_id', 'block_id', 'style', 'value']);

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    notText.has(key) && typeof item === 'string' ? [] : textsOf(item),
  );
}

// simple-markdown's link rule, which Discord's client uses for masked links.
const discordLink =
  /\[((?:\[[^\]]*\]|[^[\]]|\](?=[^[]*\]))*)\]\(\s*<?((?:\([^)]*\)|[^\s\\]|\\.)*?)>?(?:\s+['"][\s\S]*?['"])?\s*\)/y;

/** What is live in one Discord Markdown string: mention pills, masked links but to allowed urls. */
export function liveInDiscord(text: string, allowedUrls: readonly string[] = []): string[] {
  const live: string[] = [];
  if (unsafe.test(text)) live.push('control or bidi character');
  for (const [pill] of text.matchAll(/<(?:@[!&]?\d+|#\d+|\/[^\s>:]+:\d+)>/g)) live.push(pill);
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '\\') {
      at++;
      continue;
    }
    if (text[at] !== '[') continue;
    discordLink.lastIndex = at;
    const link = discordLink.exec(text);
    const url = link?.[2] ?? '';
    // Discord writes `&` as it is: an `&amp;` in its url is part of the address.
    if (link && !allowedUrls.some((ok) => sameUrl(url, ok, false))) live.push(link[0]);
  }
  return live;
}

interface DiscordBody {
  content?: string;
  embeds?: {
    title?: string;
    description?: string;
    fields?: { name: string; value: string }[];
    footer?: { text: string };
    author?: { name: string };
  }[];
  allowed_mentions?: { parse?: string[] };
}

/** Live parts of a Discord message body as sent over REST; mentions must be off. */
export function liveInDiscordBody(body: DiscordBody, allowedUrls: readonly string[] = []) {
  const parse = body.allowed_mentions?.parse;
  const live = parse && parse.length === 0 ? [] : ['allowed_mentions lets mentions ping'];
  const texts = [
    body.content ?? '',
    ...(body.embeds ?? []).flatMap((embed) => [
      embed.title ?? '',
      embed.description ?? '',
      embed.footer?.text ?? '',
      embed.author?.name ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ]),
  ];
  return [...live, ...texts.flatMap((text) => liveInDiscord(text, allowedUrls))];
}

/** What a terminal would obey in console output. */
export function liveInTerminal(text: string): string[] {
  const found = text.match(new RegExp(unsafe.source, 'g'));
  return found ? found.map((char) => `U+${char.charCodeAt(0).toString(16).padStart(4, '0')}`) : [];
}
