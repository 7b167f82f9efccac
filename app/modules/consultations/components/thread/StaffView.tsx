// The request's page for the district's consultants (who work on it) and for admins (read only):
// the guardian's name and e-mail, the countdown, assignment, the reply composer, the status and,
// apart from the thread, the internal notes.
import { Link } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import type { CONSULTANT_TARGETS } from "../../schema";
import { Countdown } from "../Countdown";
import { History } from "./History";
import { InternalNotes } from "./InternalNotes";
import { MessageThread } from "./MessageThread";
import { ReplyComposer, type TemplateData } from "./ReplyComposer";
import { RequestDescription, RequestFacts, RequestHeader } from "./RequestSummary";
import { Assignment, StatusForm } from "./StaffPanels";
import type { ConsultantThreadData, ThreadActionData } from "./types";

export interface StaffViewProps {
  thread: ConsultantThreadData;
  canWork: boolean;
  now: Date | string;
  moves: readonly (typeof CONSULTANT_TARGETS)[number][];
  templates: readonly TemplateData[];
  prefill: string;
  chosenTemplate: string | null;
  myId: string;
  result: ThreadActionData | undefined;
  formKey: string;
  alert: React.ReactNode;
}

export function StaffView({ thread, canWork, now, moves, templates, prefill, chosenTemplate, myId, result, formKey, alert }: StaffViewProps) {
  const t = useT();
  const { request } = thread;
  const faqReady = canWork && (request.status === "answered" || request.status === "closed");
  return (
    <>
      <RequestHeader request={request} />
      {alert}
      {canWork ? null : <Alert>{t("consultguardian.staff.readOnly")}</Alert>}
      <p className="muted consult-audited">{t("consultguardian.staff.audited")}</p>
      <div className="consult-layout">
        <div className="consult-main">
          <RequestFacts request={request} minorCode={thread.minorCode} assigneeName={thread.assigneeName}>
            <dt>{t("consultguardian.staff.guardian")}</dt>
            <dd>
              {thread.guardian?.name}
              {thread.guardian ? (
                <>
                  <br />
                  <a href={`mailto:${thread.guardian.email}`} className="consult-email">
                    {thread.guardian.email}
                  </a>
                </>
              ) : null}
            </dd>
            <dt>{t("consultguardian.thread.district")}</dt>
            <dd>{t(request.districtCode === "BS" ? "district.BS" : "district.MI")}</dd>
            <dt>{t("consultguardian.staff.due")}</dt>
            <dd>
              <Countdown dueAt={request.dueAt} pausedAt={request.pausedAt} now={now} withDate />
            </dd>
            {request.ratingScore ? (
              <>
                <dt>{t("consultguardian.rating.staff")}</dt>
                <dd>
                  {t("consultguardian.rating.staffValue", { score: request.ratingScore })}
                  {request.ratingComment ? <span className="consult-reason">{request.ratingComment}</span> : null}
                </dd>
              </>
            ) : null}
          </RequestFacts>
          <RequestDescription request={request} attachments={thread.attachments} />
          <MessageThread requestId={request.id} messages={thread.messages} attachments={thread.attachments} viewer="staff" />
          {canWork ? (
            <ReplyComposer request={request} templates={templates} prefill={prefill} chosenTemplate={chosenTemplate} result={result} formKey={formKey} />
          ) : null}
          {faqReady ? (
            <p className="consult-faq-link">
              <Link to={`/consulenze/faq/nuova?richiesta=${request.id}`}>{t("consultguardian.faq.create")}</Link>
            </p>
          ) : null}
        </div>
        <div className="consult-side">
          {canWork ? (
            <>
              <Assignment request={request} consultants={thread.consultants} myId={myId} result={result} formKey={formKey} />
              <StatusForm request={request} moves={moves} result={result} formKey={formKey} />
            </>
          ) : null}
          <InternalNotes requestId={request.id} notes={thread.notes} canWrite={canWork} result={result} formKey={formKey} />
          <History events={thread.events} viewer="staff" people={thread.consultants} />
        </div>
      </div>
    </>
  );
}
