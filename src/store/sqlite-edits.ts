import type { Post, StoryPost } from '../feeds/types.js';
import { addName, entryOf } from './also-reported.js';
import type { EditPort } from './ports.js';
import type { SqliteDatabase } from './sqlite.js';
import type { PendingEdit } from './subscription-types.js';
import type { ChannelRef } from './types.js';

type EditPart = EditPort;

type Row = Record<string, unknown>;

export function createEditPart(db: SqliteDatabase): EditPart {
  const q = {
    get: db.prepare('SELECT * FROM deliveries WHERE id = ?'),
    members: db.prepare('SELECT id FROM deliveries WHERE group_id = ? ORDER BY id'),
    // A message already on the platform (or on its way there) gets an edit; the revision tells
    // a send or an edit that read the payload earlier that it is out of date.
    save: db.prepare(
      `UPDATE deliveries SET payload = @payload, payload_rev = payload_rev + 1,
         edit_pending = CASE WHEN state IN ('sending', 'sent') THEN 1 ELSE edit_pending END,
         edit_attempts = CASE WHEN edit_pending = 0 THEN 0 ELSE edit_attempts END,
         edit_next_at = CASE WHEN edit_pending = 0 THEN 0 ELSE edit_next_at END
       WHERE id = @id`,
    ),
    // "+state" keeps SQLite on the small partial index of due edits, not on every sent row.
    due: db.prepare(
      `SELECT id, channel_json, message_id, payload, payload_rev, edit_attempts FROM deliveries
       WHERE edit_pending = 1 AND edit_next_at <= @now AND +state = 'sent' AND message_id IS NOT NULL
         AND substr(channel_key, 1, instr(channel_key, ':') - 1) IN (SELECT value FROM json_each(@platforms))
       ORDER BY edit_next_at, id LIMIT @limit`,
    ),
    done: db.prepare(
      'UPDATE deliveries SET edit_pending = 0, edit_error = NULL WHERE id = ? AND payload_rev = ?',
    ),
    retry: db.prepare(
      `UPDATE deliveries SET edit_next_at = @at, edit_error = @error,
         edit_attempts = edit_attempts + @counted WHERE id = @id AND edit_pending = 1`,
    ),
    giveUp: db.prepare(
      'UPDATE deliveries SET edit_pending = 0, edit_error = ? WHERE id = ? AND payload_rev = ?',
    ),
  };
  const save = (id: unknown, post: Post) => void q.save.run({ id, payload: JSON.stringify(post) });

  /** A story listed in an overflow or digest post: its entry there names the new source. */
  function addToGroup(story: Row, post: StoryPost, feedTitle: string): void {
    const group = story.group_id === null ? undefined : (q.get.get(story.group_id) as Row);
    if (!group?.payload) return;
    const groupPost = JSON.parse(group.payload as string) as Post;
    if (groupPost.kind === 'story') return;
    const ids = (q.members.all(group.id) as { id: number }[]).map((member) => member.id);
    const entry = entryOf(groupPost, ids.indexOf(story.id as number), post);
    if (!entry) return;
    const own = groupPost.kind === 'overflow' ? groupPost.feedTitle : post.feedTitle;
    entry.alsoReportedBy ??= [];
    if (addName(entry.alsoReportedBy, own, feedTitle)) save(group.id, groupPost);
  }

  return {
    addAlsoReported(id, feedTitle) {
      const row = q.get.get(id) as Row | undefined;
      if (!row?.payload || row.kind !== 'story') return false;
      if (!['pending', 'queued', 'sending', 'sent', 'grouped'].includes(row.state as string))
        return false;
      const post = JSON.parse(row.payload as string) as StoryPost;
      if (addName(post.alsoReportedBy, post.feedTitle, feedTitle)) save(id, post);
      if (row.state === 'grouped') addToGroup(row, post, feedTitle);
      return true;
    },
    dueEdits: (limit, platforms, now) =>
      (q.due.all({ now, limit, platforms: JSON.stringify(platforms) }) as Row[]).map(
        (row): PendingEdit => ({
          id: row.id as number,
          channel: JSON.parse(row.channel_json as string) as ChannelRef,
          messageId: row.message_id as string,
          payload: JSON.parse(row.payload as string) as Post,
          revision: row.payload_rev as number,
          attempts: row.edit_attempts as number,
        }),
      ),
    editDone: (id, revision) => void q.done.run(id, revision),
    editRetry: (id, at, error, counted) =>
      void q.retry.run({ id, at, error, counted: counted ? 1 : 0 }),
    editGiveUp: (id, revision, reason) => void q.giveUp.run(reason, id, revision),
  };
}
