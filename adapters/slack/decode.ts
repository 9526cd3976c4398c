/**
 * Message text as a person typed it, from Slack's encoding: links `<url|label>` become their
 * label (or the url), channels `<#C…|name>` become `#name`, special mentions `<!here>` become
 * `@here`, and `&lt;` `&gt;` `&amp;` their characters (the ampersand last, so `&amp;lt;` stays
 * `&lt;`). https://docs.slack.dev/messaging/formatting-message-text#escaping
 * Mentions of people are dropped: they address someone, they are not part of the question.
 */
export function decodeSlackText(text: string): string {
  return text
    .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_all, label?: string) => label ?? '')
    .replace(
      /<!([a-z]+)(?:\^[^|>]*)?(?:\|([^>]*))?>/g,
      (_all, name: string, label?: string) => label ?? `@${name}`,
    )
    .replace(/<([^<>|]+)\|([^<>]*)>/g, '$2')
    .replace(/<([^<>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
