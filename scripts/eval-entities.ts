// Entity precision of briefs on the hand-labelled set: of the people, organisations and places a
// brief names, how many are right, and how many a brief names.
//   npm run eval:entities -- [--data ../shared/data] [--part dev|held-out|all] [--misses]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createEngine, loadConfig } from '../src/index.js';
import {
  emptyScore,
  formatScore,
  type LabelledArticle,
  loadTexts,
  scoreFacts,
} from './lib/entity-eval.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    labels: { type: 'string', default: 'content/eval/entities-dev.json' },
    part: { type: 'string', default: 'dev' },
    misses: { type: 'boolean', default: false },
  },
});
const { articles } = JSON.parse(readFileSync(values.labels, 'utf8')) as {
  articles: LabelledArticle[];
};
const chosen = articles.filter((a) => values.part === 'all' || a.part === values.part);
const texts = loadTexts(values.data, chosen);
const engine = createEngine({ config: loadConfig() });
const total = emptyScore();
const bySet = new Map<string, ReturnType<typeof emptyScore>>();
for (const [i, label] of chosen.entries()) {
  const { title, text } = texts[i] ?? { title: '', text: '' };
  const { brief } = await engine.brief(
    { kind: 'text', text, title, source: label.id },
    { readAhead: false },
  );
  const { facts } = brief;
  const set = bySet.get(label.dataset) ?? emptyScore();
  bySet.set(label.dataset, set);
  scoreFacts(facts, label, set);
  scoreFacts(facts, label, total);
}
process.stdout.write(
  `${values.labels} (${values.part}): ${chosen.length} articles\n\n| set | briefs | precision | right / named | named per brief | right per brief |\n| --- | ---: | ---: | ---: | ---: | ---: |\n`,
);
for (const [name, score] of bySet) process.stdout.write(`${formatScore(name, score)}\n`);
process.stdout.write(`${formatScore('all', total)}\n`);
if (values.misses) process.stdout.write(`\n${total.misses.join('\n')}\n`);
