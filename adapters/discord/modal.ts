import {
  type APIModalInteractionResponseCallbackData,
  ComponentType,
  TextInputStyle,
} from 'discord.js';

export const questionInputId = 'question';

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
            min_length: 3,
            max_length: 500,
            placeholder: 'Who signed the agreement?',
            required: true,
          },
        ],
      },
    ],
  };
}
