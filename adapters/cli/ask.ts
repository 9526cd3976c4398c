// PLACEHOLDER: `newsbrief ask` is built by its issue.
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('newsbrief ask: not built yet\n');
  return 1;
}
