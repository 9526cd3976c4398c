// A worker thread of the engine pool (piscina calls the default export once a task).
import { warmNlp } from '../nlp/wink.js';
import { answerNow, asFailure, briefNow, type EngineTask, loadAnswers } from './tasks.js';

// A thread is started ahead of its first task: it reads the model before it is needed.
warmNlp();
await loadAnswers();

export default async function run(task: EngineTask): Promise<unknown> {
  try {
    return { done: task.verb === 'brief' ? briefNow(task) : await answerNow(task) };
  } catch (error) {
    const failure = asFailure(error);
    if (failure) return failure;
    throw error;
  }
}
