import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { CommandContext, Reply } from '../../commands/command.js';
import { dispatch, findCommand, refusal } from '../../commands/dispatch.js';
import { commands } from '../../commands/index.js';
import { checkOptions } from '../../commands/validate.js';
import { contextOf, type DiscordDeps } from './context.js';
import { articleIdForKey, articleKey, parseCustomId } from './custom-ids.js';
import { safeDiscordMessage } from './escape.js';
import { askModal, questionInputId } from './modal.js';
import { renderReply } from './render.js';

type Deferrable =
  | ChatInputCommandInteraction
  | MessageContextMenuCommandInteraction
  | ButtonInteraction
  | ModalSubmitInteraction;

export function createInteractionHandler(deps: DiscordDeps) {
  return async function handle(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isChatInputCommand()) await onCommand(interaction, deps);
      else if (interaction.isMessageContextMenuCommand()) await onMessageAction(interaction, deps);
      else if (interaction.isButton()) await onButton(interaction, deps);
      else if (interaction.isModalSubmit()) await onModal(interaction, deps);
    } catch (error) {
      deps.log.error({ err: error, interaction: interaction.id }, 'discord interaction failed');
    }
  };
}

async function onCommand(interaction: ChatInputCommandInteraction, deps: DiscordDeps) {
  const ctx = contextOf(interaction, deps);
  const name = interaction.commandName;
  const options = Object.fromEntries(interaction.options.data.map((o) => [o.name, o.value]));
  if (!runnable(name, options, ctx)) {
    // dispatch refuses these without running anything, well within Discord's 3 seconds.
    const reply = await dispatch(name, options, ctx);
    await interaction.reply({ ...payload(reply, ctx), flags: MessageFlags.Ephemeral });
    return;
  }
  // A private command's "thinking…" placeholder is private too; any other private reply (an
  // error) replaces a public placeholder with a private follow-up.
  const hidden = findCommand(name)?.private ?? false;
  await interaction.deferReply(hidden ? { flags: MessageFlags.Ephemeral } : {});
  await deliver(interaction, await dispatch(name, options, ctx), ctx, hidden);
}

/** Mirrors dispatch's checks, so that a refusal is answered at once, privately. */
function runnable(name: string, options: Record<string, unknown>, ctx: CommandContext): boolean {
  const command = findCommand(name);
  if (!command || refusal(command, ctx)) return false;
  return checkOptions(command, options).ok;
}

/**
 * "Brief this message" (a command's `onMessage`): the message's text, or a forwarded message's
 * (Discord carries it as a snapshot), fills the command's option.
 */
async function onMessageAction(
  interaction: MessageContextMenuCommandInteraction,
  deps: DiscordDeps,
) {
  const command = commands.find((c) => c.onMessage?.label === interaction.commandName);
  if (!command?.onMessage) return;
  const ctx = contextOf(interaction, deps);
  const message = interaction.targetMessage;
  const text = [message.content, ...message.messageSnapshots.map((m) => m.content)]
    .filter(Boolean)
    .join('\n\n');
  if (!text.trim()) {
    await interaction.reply({
      content: 'That message has no text to brief.',
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
    return;
  }
  await interaction.deferReply(command.private ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await dispatch(command.name, { [command.onMessage.option]: text }, ctx);
  await deliver(interaction, reply, ctx, command.private ?? false);
}

async function onButton(interaction: ButtonInteraction, deps: DiscordDeps) {
  const parsed = parseCustomId(interaction.customId);
  if (!parsed) return;
  const ctx = contextOf(interaction, deps);
  const articleId = articleIdForKey(deps.articles, ctx.channel, parsed.key);
  if (!articleId) {
    await interaction.reply({
      ...safeDiscordMessage({ content: 'That brief is no longer available. Try /brief again.' }),
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  if (parsed.action === 'ask') {
    await interaction.showModal(askModal(interaction.customId));
    return;
  }
  // "Shorter"/"Longer" redraw the brief in place.
  await interaction.deferUpdate();
  const reply = await dispatch('brief', { url: articleId, length: parsed.action }, ctx);
  await deliver(interaction, reply, ctx, false);
}

async function onModal(interaction: ModalSubmitInteraction, deps: DiscordDeps) {
  const parsed = parseCustomId(interaction.customId);
  if (parsed?.action !== 'ask') return;
  const ctx = contextOf(interaction, deps);
  await interaction.deferReply();
  const articleId = articleIdForKey(deps.articles, ctx.channel, parsed.key);
  const question = interaction.fields.getTextInputValue(questionInputId);
  const reply = await dispatch('ask', { question, ...(articleId ? { url: articleId } : {}) }, ctx);
  await deliver(interaction, reply, ctx, false);
}

/** Edits the deferred response; a private reply after a public placeholder replaces it. */
async function deliver(
  interaction: Deferrable,
  reply: Reply,
  ctx: CommandContext,
  hidden: boolean,
) {
  const message = payload(reply, ctx);
  if (reply.ephemeral && !hidden) {
    if (!interaction.isButton()) await interaction.deleteReply();
    await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.editReply(message);
}

function payload(reply: Reply, ctx: CommandContext) {
  const key =
    reply.kind === 'brief' ? articleKey(ctx.articles, ctx.channel, reply.articleId) : undefined;
  const { ephemeral: _private, ...message } = renderReply(reply, key);
  return safeDiscordMessage(message);
}
