// PLACEHOLDER: `newsbrief chat` is built by its issue.
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('newsbrief chat: not built yet\n');
  return 1;
}
