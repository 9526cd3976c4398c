// A small paraphrase resource: news writers vary a handful of verbs and nouns ("inked a pact",
// "signed a treaty") that stems alone cannot join. Each group folds onto its first stem.
// Kept short on purpose — WordNet-sized lists join words that are not paraphrases in news
// ("charge" = "bill"), and the dev set showed these groups are the recurring ones.
import { its, nlp } from '../nlp/wink.js';

const groups = [
  'treaty pact agreement accord deal',
  'sign ink',
  'say tell state claim argue insist',
  'buy purchase acquire',
  'kill die dead death',
  'rise increase grow climb jump',
  'fall drop decline slump',
  'win beat defeat',
  'start begin launch',
  'end finish conclude',
  'firm company business',
  'chief head boss leader',
  'car vehicle',
  'job post role',
  'plan proposal scheme',
  'money fund funding cash',
  'cost price',
  'film movie',
  'match game',
  'wage pay salary',
  'country nation',
  'shop store',
  'government administration',
  'elect vote',
  'report announce',
  'visit trip',
];

const fold = new Map<string, string>();
for (const group of groups) {
  const stems = nlp
    .readDoc(group)
    .tokens()
    .out(its.stem as unknown as typeof its.value) as string[];
  const head = stems[0] ?? '';
  for (const stem of stems) if (!fold.has(stem)) fold.set(stem, head);
}

export function canonical(stem: string): string {
  return fold.get(stem) ?? stem;
}
