// `tsx scripts/qa/ask-lines.ts <squad file>`: the questions of a SQuAD file as the lines
// `newsbrief ask --jsonl` reads ({"id","context","question"}), so a set can be scored as the CLI
// answers it:  tsx scripts/qa/ask-lines.ts set.json | newsbrief ask --jsonl > out.jsonl
//              npm run eval:qa -- set.json --outputs out.jsonl
import { readSquad } from './squad.js';

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: tsx scripts/qa/ask-lines.ts <squad.json|squad.jsonl>\n');
  process.exit(2);
}
for (const item of readSquad(path).items)
  process.stdout.write(
    `${JSON.stringify({ id: item.id, context: item.context, question: item.question })}\n`,
  );
