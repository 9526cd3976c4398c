// Slack refuses (or silently truncates) a message past these, so every piece is trimmed first.
// https://api.slack.com/reference/block-kit/blocks
export const slackLimits = {
  sectionText: 3000,
  header: 150,
  contextText: 3000,
  blocks: 50,
  buttonText: 75,
  buttonUrl: 3000,
  /** The `text` fallback of chat.postMessage: Slack truncates past 40,000, notifications far sooner. */
  fallbackText: 3000,
} as const;

import { trimText } from '../../src/index.js';

export { trimText };
