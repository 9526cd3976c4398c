// Prints .env.example (or, with `md`, the README's configuration table) from the config schema,
// so the two can never drift from what loadConfig accepts.
import { splitExample } from '../commands/options.js';
import { configSchema } from '../src/config.js';

interface SchemaNode {
  description?: string;
  def: { type: string; innerType?: SchemaNode; in?: SchemaNode; defaultValue?: unknown };
}

function defaultOf(field: SchemaNode): string | undefined {
  let current: SchemaNode | undefined = field;
  for (let depth = 0; depth < 6 && current; depth++) {
    const { def }: SchemaNode = current;
    if (def.type === 'default') {
      const value =
        typeof def.defaultValue === 'function'
          ? (def.defaultValue as () => unknown)()
          : def.defaultValue;
      return String(value);
    }
    current = def.innerType ?? def.in;
  }
  return undefined;
}

const secrets = new Set([
  'DISCORD_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'NEWSBRIEF_LLM_API_KEY',
]);
const asMarkdown = process.argv[2] === 'md';
const rows: string[] = [];
for (const [key, schema] of Object.entries(configSchema.shape)) {
  const field = schema as unknown as SchemaNode;
  const { description, example } = splitExample(field.description ?? key);
  const fallback = defaultOf(field);
  const shownExample = example && example !== fallback ? example : undefined;
  if (asMarkdown) {
    const shownDefault =
      fallback !== undefined ? `\`${fallback}\`` : secrets.has(key) ? '(secret, none)' : '(unset)';
    const cell = description.replace(/\|/g, '\\|');
    rows.push(
      `| \`${key}\` | ${cell} | ${shownDefault} | ${shownExample ? `\`${shownExample}\`` : ''} |`,
    );
    continue;
  }
  const sentence = description.charAt(0).toUpperCase() + description.slice(1);
  const defaultNote = fallback !== undefined ? ` (default ${fallback})` : '';
  rows.push(`# ${sentence}${defaultNote}${shownExample ? `, e.g. ${shownExample}` : ''}.`);
  if (secrets.has(key)) rows.push(`${key}=`);
  else if (fallback !== undefined) rows.push(`${key}=${fallback}`);
  else rows.push(`# ${key}=${example ?? ''}`);
  rows.push('');
}
console.log(rows.join('\n'));
