import {
  type APIModalInteractionResponseCallbackData,
  ComponentType,
  TextInputStyle,
} from 'discord.js';
import ask from '../../commands/ask.js';
import { describeOptions } from '../../commands/options.js';

export const questionInputId = 'question';

// https://discord.com/developers/docs/components/reference#text-input: at most 4,000 characters.
const maxTextInput = 4_000;
// The form takes what /ask's own question option takes.
const question = describeOptions(ask.options).find((option) => option.name === questionInputId);

/** The "Ask a question" form; its custom_id carries the article key of the button. */
export function askModal(customId: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: customId,
    title: 'Ask about this article',
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: questionInputId,
            label: 'Your question',
            style: TextInputStyle.Short,
            ...(question?.minLength ? { min_length: question.minLength } : {}),
            ...(question?.maxLength
              ? { max_length: Math.min(question.maxLength, maxTextInput) }
              : {}),
            placeholder: 'Who signed the agreement?',
            required: true,
          },
        ],
      },
    ],
  };
}
