// The visible messages of a request, oldest first, each with its attachments. Internal notes are
// never part of this list (they come from another table and another component).
import { useFormat, useT } from "~/i18n/react";
import { AttachmentList } from "./AttachmentList";
import type { AttachmentData, MessageData } from "./types";

export function MessageThread({
  requestId,
  messages,
  attachments,
  viewer,
}: {
  requestId: string;
  messages: readonly MessageData[];
  attachments: readonly AttachmentData[];
  viewer: "guardian" | "staff";
}) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="messages-title" className="consult-messages">
      <h2 id="messages-title">{t("consultguardian.thread.messages")}</h2>
      {messages.length === 0 ? (
        <p className="muted">{viewer === "guardian" ? t("consultguardian.thread.noMessages") : t("consultguardian.thread.noMessagesStaff")}</p>
      ) : (
        <ol className="consult-thread">
          {messages.map((m) => {
            const role = m.authorRole === "guardian" ? t("consultguardian.message.guardian") : t("consultguardian.message.consultant");
            const name = viewer === "guardian" && m.authorRole === "guardian" ? t("consultguardian.message.you") : (m.authorName ?? role);
            return (
              <li key={m.id}>
                <article className={`consult-message consult-message-${m.authorRole}`} aria-label={`${name}, ${format.dateTime(m.createdAt)}`}>
                  <header className="consult-message-head">
                    <strong>{name}</strong>
                    {name !== role ? <span className="tag tag-neutral">{role}</span> : null}
                    <time className="muted" dateTime={new Date(m.createdAt).toISOString()}>
                      {format.dateTime(m.createdAt)}
                    </time>
                  </header>
                  <div className="prose consult-message-body" dangerouslySetInnerHTML={{ __html: m.bodyHtml }} />
                  <AttachmentList
                    requestId={requestId}
                    files={attachments.filter((a) => a.messageId === m.id)}
                    label={t("consultguardian.message.attachments")}
                  />
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
