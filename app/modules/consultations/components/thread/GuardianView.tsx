// The request's page as its guardian sees it: no internal notes exist here (the loader never
// reads them for the guardian).
import { GuardianClose, GuardianReply, RatingForm } from "./GuardianActions";
import { History } from "./History";
import { MessageThread } from "./MessageThread";
import { RequestDescription, RequestFacts, RequestHeader } from "./RequestSummary";
import type { GuardianThreadData, ThreadActionData } from "./types";

export function GuardianView({ thread, result, formKey, alert }: { thread: GuardianThreadData; result: ThreadActionData | undefined; formKey: string; alert: React.ReactNode }) {
  const { request } = thread;
  return (
    <>
      <RequestHeader request={request} />
      {alert}
      <div className="consult-layout">
        <div className="consult-main">
          <RequestFacts request={request} minorCode={thread.minorCode} assigneeName={thread.assigneeName} />
          <RequestDescription request={request} attachments={thread.attachments} />
          <MessageThread requestId={request.id} messages={thread.messages} attachments={thread.attachments} viewer="guardian" />
          <GuardianReply request={request} result={result} formKey={formKey} />
        </div>
        <div className="consult-side">
          <RatingForm request={request} result={result} formKey={formKey} />
          <GuardianClose request={request} result={result} />
          <History events={thread.events} viewer="guardian" />
        </div>
      </div>
    </>
  );
}
