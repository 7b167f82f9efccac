// The moderation queue: one entry per flagged post (urgent ones first) with its words, the
// reasons and notes of the reports, who sent them, and the two ways out: hide it or dismiss.
import { Form, Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useFormat, useT } from "~/i18n/react";
import { postPath } from "../../paths";
import { queueAnchor } from "./anchors";
import { TextArea } from "./TextArea";

export interface QueueEntryData {
  post: { id: string; number: number; authorName: string | null; createdAt: Date | string; state: "visible" | "hidden" | "deleted"; excerpt: string | null };
  topic: { id: string; title: string };
  category: { name: string; slug: string };
  urgent: boolean;
  reasons: { reason: string; count: number }[];
  notes: { reason: string; note: string; reporterName: string | null }[];
  reporters: string[];
  firstFlaggedAt: Date | string;
}

/** The refusal of an action on one entry (shown on that entry). */
export interface QueueRefusal {
  postId: string;
  intent: "hide" | "dismiss";
  errors: Partial<Record<string, MessageKey>>;
  values: Record<string, string>;
}

export function QueueList({ items, refusal }: { items: QueueEntryData[]; refusal: QueueRefusal | null }) {
  const t = useT();
  if (items.length === 0) return <p className="card forummod-empty">{t("forummod.queue.empty")}</p>;
  return (
    <>
      <p>{t("forummod.queue.count", { count: items.length })}</p>
      <ol className="forummod-queue">
        {items.map((item) => (
          <QueueEntry key={item.post.id} item={item} refusal={refusal?.postId === item.post.id ? refusal : null} />
        ))}
      </ol>
    </>
  );
}

function QueueEntry({ item, refusal }: { item: QueueEntryData; refusal: QueueRefusal | null }) {
  const t = useT();
  const f = useFormat();
  const { post } = item;
  const titleId = `${queueAnchor(post.id)}-title`;
  const reasonName = (r: string) => t(`forum.flagReason.${r}` as MessageKey);
  return (
    <li id={queueAnchor(post.id)} className={`card forummod-entry${item.urgent ? " forummod-entry-urgent" : ""}`}>
      <h2 id={titleId}>
        <Link to={postPath(post.id)}>{t("forummod.queue.item", { number: post.number, topic: item.topic.title })}</Link>
      </h2>
      <p className="forummod-tags">
        {item.urgent ? <span className="tag tag-warn">{t("forummod.queue.urgent")}</span> : null}
        {post.state === "hidden" ? <span className="tag">{t("forummod.queue.hidden")}</span> : null}
        {post.state === "deleted" ? <span className="tag">{t("forummod.queue.deleted")}</span> : null}
      </p>
      <p className="muted">
        {t("forummod.queue.where", { category: item.category.name, author: post.authorName ?? t("forum.deletedAuthor"), date: f.dateTime(post.createdAt) })}
      </p>
      {post.excerpt !== null ? <blockquote className="forummod-excerpt">{post.excerpt}</blockquote> : <p className="muted">{t("forummod.post.deleted")}</p>}
      <dl className="forummod-facts">
        <dt>{t("forummod.queue.reasons")}</dt>
        <dd>
          <ul>
            {item.reasons.map((r) => (
              <li key={r.reason}>{t("forummod.queue.reasonCount", { reason: reasonName(r.reason), count: r.count })}</li>
            ))}
          </ul>
        </dd>
        {item.notes.length > 0 ? (
          <>
            <dt>{t("forummod.queue.notes")}</dt>
            <dd>
              <ul>
                {item.notes.map((n, i) => (
                  <li key={i}>{t("forummod.queue.note", { note: n.note, name: n.reporterName ?? t("forum.deletedAuthor") })}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="muted">
        {t("forummod.queue.reporters", { names: item.reporters.join(", ") || t("forum.deletedAuthor"), date: f.dateTime(item.firstFlaggedAt) })}
      </p>
      <div className="forummod-entry-actions">
        {post.state === "visible" ? (
          <Form method="post" className="forummod-entry-form">
            <input type="hidden" name="intent" value="hide" />
            <input type="hidden" name="postId" value={post.id} />
            <TextArea
              name="motivo"
              fieldId={`motivo-${post.id}`}
              label={t("forummod.queue.hideReason", { number: post.number })}
              error={refusal?.intent === "hide" ? refusal.errors.motivo : undefined}
              defaultValue={refusal?.intent === "hide" ? (refusal.values.motivo ?? "") : ""}
              required
              minLength={3}
              maxLength={500}
              rows={2}
            />
            <button type="submit" className="button button-danger button-small">
              {t("forummod.queue.hide")}
              <span className="visually-hidden"> {t("forummod.queue.actionsOn", { number: post.number })}</span>
            </button>
          </Form>
        ) : null}
        <Form method="post" className="forummod-entry-form">
          <input type="hidden" name="intent" value="dismiss" />
          <input type="hidden" name="postId" value={post.id} />
          <TextArea
            name="nota"
            fieldId={`nota-${post.id}`}
            label={t("forummod.queue.dismissNote", { number: post.number })}
            error={refusal?.intent === "dismiss" ? refusal.errors.nota : undefined}
            defaultValue={refusal?.intent === "dismiss" ? (refusal.values.nota ?? "") : ""}
            maxLength={500}
            rows={2}
          />
          <button type="submit" className="button button-secondary button-small">
            {t("forummod.queue.dismiss")}
            <span className="visually-hidden"> {t("forummod.queue.actionsOn", { number: post.number })}</span>
          </button>
        </Form>
      </div>
    </li>
  );
}
