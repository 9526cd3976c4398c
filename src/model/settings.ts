import type { Config } from '../config.js';

/** The optional model backend, as configured; undefined when NEWSBRIEF_LLM_URL is not set. */
export interface ModelSettings {
  url: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  /** Model requests per channel per day. */
  dailyBudget: number;
}

export function modelSettingsFrom(config: Config): ModelSettings | undefined {
  if (!config.NEWSBRIEF_LLM_URL) return undefined;
  return {
    url: config.NEWSBRIEF_LLM_URL,
    model: config.NEWSBRIEF_LLM_MODEL,
    ...(config.NEWSBRIEF_LLM_API_KEY ? { apiKey: config.NEWSBRIEF_LLM_API_KEY } : {}),
    timeoutMs: config.NEWSBRIEF_LLM_TIMEOUT_MS,
    dailyBudget: config.NEWSBRIEF_LLM_DAILY_BUDGET,
  };
}
