// `newsbrief worker`: `npm start` in the worker role, whatever NEWSBRIEF_ROLE says.
export async function run(_argv: string[]): Promise<number> {
  process.env.NEWSBRIEF_ROLE = 'worker';
  await import('../main.js');
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
