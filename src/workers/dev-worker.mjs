// The worker entry when the engine runs from its TypeScript sources (tests, tsx): Node 20 cannot
// load TypeScript by itself, so tsx's loader is registered in this thread first.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');

export default worker.default;
