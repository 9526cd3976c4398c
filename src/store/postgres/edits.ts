import type { Post, StoryPost } from '../../feeds/types.js';
import { addName, entryOf } from '../also-reported.js';
import type { EditPort } from '../ports.js';
import type { Row } from '../rows.js';
import type { PendingEdit } from '../subscription-types.js';
import type { ChannelRef } from '../types.js';
import type { PgSyncClient } from './sync-client.js';

/** Edits of posted messages on PostgreSQL; the SQL twin of src/store/sqlite-edits.ts. */
export function createPgEditPart(pg: PgSyncClient): EditPort {
  // Read for update: two processes adding sources to one payload would otherwise lose one.
  const get = (id: unknown) =>
    pg.query('SELECT * FROM deliveries WHERE id = $1 FOR UPDATE', [id]).rows[0];
  // A message already on the platform (or on its way there) gets an edit; the revision tells
  // a send or an edit that read the payload earlier that it is out of date.
  const save = (id: unknown, post: Post) =>
    void pg.query(
      `UPDATE deliveries SET payload = $2, payload_rev = payload_rev + 1,
         edit_pending = CASE WHEN state IN ('sending', 'sent') THEN 1 ELSE edit_pending END,
         edit_attempts = CASE WHEN edit_pending = 0 THEN 0 ELSE edit_attempts END,
         edit_next_at = CASE WHEN edit_pending = 0 THEN 0 ELSE edit_next_at END
       WHERE id = $1`,
      [id, JSON.stringify(post)],
    );

  /** A story listed in an overflow or digest post: its entry there names the new source. */
  function addToGroup(story: Row, post: StoryPost, feedTitle: string): void {
    const group = story.group_id === null ? undefined : get(story.group_id);
    if (!group?.payload) return;
    const groupPost = JSON.parse(group.payload as string) as Post;
    if (groupPost.kind === 'story') return;
    const ids = pg
      .query('SELECT id FROM deliveries WHERE group_id = $1 ORDER BY id', [group.id])
      .rows.map((member) => Number(member.id));
    const entry = entryOf(groupPost, ids.indexOf(Number(story.id)), post);
    if (!entry) return;
    const own = groupPost.kind === 'overflow' ? groupPost.feedTitle : post.feedTitle;
    entry.alsoReportedBy ??= [];
    if (addName(entry.alsoReportedBy, own, feedTitle)) save(group.id, groupPost);
  }

  return {
    addAlsoReported: (id, feedTitle) =>
      pg.transaction(() => {
        const row = get(id);
        if (!row?.payload || row.kind !== 'story') return false;
        if (!['pending', 'queued', 'sending', 'sent', 'grouped'].includes(row.state as string))
          return false;
        const post = JSON.parse(row.payload as string) as StoryPost;
        if (addName(post.alsoReportedBy, post.feedTitle, feedTitle)) save(id, post);
        if (row.state === 'grouped') addToGroup(row, post, feedTitle);
        return true;
      }),
    dueEdits: (limit, platforms, now) =>
      pg
        .query(
          `SELECT id, channel_json, message_id, payload, payload_rev, edit_attempts FROM deliveries
           WHERE edit_pending = 1 AND edit_next_at <= $1 AND state = 'sent'
             AND message_id IS NOT NULL AND platform = ANY($2)
           ORDER BY edit_next_at, id LIMIT $3`,
          [now, platforms, limit],
        )
        .rows.map(
          (row): PendingEdit => ({
            id: Number(row.id),
            channel: JSON.parse(row.channel_json as string) as ChannelRef,
            messageId: row.message_id as string,
            payload: JSON.parse(row.payload as string) as Post,
            revision: Number(row.payload_rev),
            attempts: Number(row.edit_attempts),
          }),
        ),
    editDone: (id, revision) =>
      void pg.query(
        'UPDATE deliveries SET edit_pending = 0, edit_error = NULL WHERE id = $1 AND payload_rev = $2',
        [id, revision],
      ),
    editRetry: (id, at, error, counted) =>
      void pg.query(
        `UPDATE deliveries SET edit_next_at = $2, edit_error = $3,
           edit_attempts = edit_attempts + $4 WHERE id = $1 AND edit_pending = 1`,
        [id, at, error, counted ? 1 : 0],
      ),
    editGiveUp: (id, revision, reason) =>
      void pg.query(
        'UPDATE deliveries SET edit_pending = 0, edit_error = $3 WHERE id = $1 AND payload_rev = $2',
        [id, revision, reason],
      ),
  };
}
