// The request itself: number, subject, status, the facts (topic, minor by code, urgency, deadline)
// and the guardian's description with its attachments. Extra facts (the consultant's view) come
// as children of the list.
import type { MessageKey } from "~/i18n";
import { useFormat, useT } from "~/i18n/react";
import { AttachmentList } from "./AttachmentList";
import { StatusBadge } from "../StatusBadge";
import type { AttachmentData, RequestData } from "./types";

/** A calendar date ("2027-03-01") shown in words, at noon so no time zone moves it. */
export function calendarDate(format: ReturnType<typeof useFormat>, isoDate: string): string {
  return format.date(new Date(`${isoDate}T12:00:00Z`));
}

export function RequestHeader({ request }: { request: RequestData }) {
  const t = useT();
  return (
    <header className="consult-head">
      <p className="consult-number">{t("consultguardian.thread.number", { number: request.number })}</p>
      <h1>{request.subject}</h1>
      <p className="consult-tags">
        <StatusBadge status={request.status} />
        {request.urgent ? (
          <span className="tag tag-warn">
            <span aria-hidden="true">⚠ </span>
            {t("consultations.urgent")}
          </span>
        ) : null}
      </p>
    </header>
  );
}

export function RequestFacts({
  request,
  minorCode,
  assigneeName,
  children,
}: {
  request: RequestData;
  minorCode: string | null;
  assigneeName: string | null;
  children?: React.ReactNode;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="card consult-facts-card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t("consultguardian.thread.facts")}</h2>
      <dl className="consult-facts">
        <dt>{t("consultguardian.thread.status")}</dt>
        <dd>
          <StatusBadge status={request.status} />
        </dd>
        <dt>{t("consultguardian.thread.category")}</dt>
        <dd>{t(`consultations.category.${request.category}` as MessageKey)}</dd>
        {minorCode ? (
          <>
            <dt>{t("consultguardian.thread.minor")}</dt>
            <dd className="record-code">{minorCode}</dd>
          </>
        ) : null}
        <dt>{t("consultguardian.thread.urgency")}</dt>
        <dd>
          {request.urgent ? (
            <>
              <strong>{t("consultations.urgent")}</strong>
              {request.urgencyReason ? <span className="consult-reason">{request.urgencyReason}</span> : null}
            </>
          ) : (
            t("consultguardian.thread.notUrgent")
          )}
        </dd>
        {request.deadlineDate ? (
          <>
            <dt>{t("consultguardian.thread.deadline")}</dt>
            <dd>{calendarDate(format, request.deadlineDate)}</dd>
          </>
        ) : null}
        <dt>{t("consultguardian.thread.created")}</dt>
        <dd>
          <time dateTime={new Date(request.createdAt).toISOString()}>{format.dateTime(request.createdAt)}</time>
        </dd>
        <dt>{t("consultguardian.thread.assignee")}</dt>
        <dd>{assigneeName ?? t("consultguardian.thread.unassigned")}</dd>
        {children}
      </dl>
    </section>
  );
}

export function RequestDescription({ request, attachments }: { request: RequestData; attachments: readonly AttachmentData[] }) {
  const t = useT();
  const own = attachments.filter((a) => a.messageId === null);
  return (
    <section aria-labelledby="description-title" className="card consult-description">
      <h2 id="description-title">{t("consultguardian.thread.description")}</h2>
      <div className="prose" dangerouslySetInnerHTML={{ __html: request.descriptionHtml }} />
      {own.length > 0 ? (
        <>
          <h3>{t("consultguardian.thread.attachments")}</h3>
          <AttachmentList requestId={request.id} files={own} label={t("consultguardian.thread.attachments")} />
        </>
      ) : null}
    </section>
  );
}
