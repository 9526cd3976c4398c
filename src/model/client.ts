// The one way to the model: an OpenAI-compatible chat-completions call that returns JSON checked
// against a zod schema, or throws. No retries: a slow or failing model means the offline engine
// answers now, not a second wait.
import OpenAI from 'openai';
import type { z } from 'zod';
import type { ModelSettings } from './settings.js';

export interface ModelClient {
  ask<T>(system: string, user: string, schema: z.ZodType<T>): Promise<T>;
}

export function createModelClient(settings: ModelSettings): ModelClient {
  const openai = new OpenAI({
    baseURL: settings.url,
    // Local servers (Ollama, llama.cpp) need no key, but the client insists on one.
    apiKey: settings.apiKey ?? 'none',
    timeout: settings.timeoutMs,
    maxRetries: 0,
  });
  return {
    async ask(system, user, schema) {
      const completion = await openai.chat.completions.create({
        model: settings.model,
        temperature: 0,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: system },
          { role: 'user', content: user },
        ],
      });
      const message = completion.choices[0]?.message;
      if (!message || message.refusal) throw new Error('the model refused');
      return schema.parse(JSON.parse(stripFence(message.content ?? '')));
    },
  };
}

/** Some local models wrap JSON in a Markdown fence even in JSON mode. */
function stripFence(text: string): string {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(text);
  return fenced?.[1] ?? text;
}
