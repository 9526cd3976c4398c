// PLACEHOLDER: `newsbrief brief` is built by its issue.
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('newsbrief brief: not built yet\n');
  return 1;
}
