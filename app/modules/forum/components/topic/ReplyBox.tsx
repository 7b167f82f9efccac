// The reply box at the bottom of a topic (id "rispondi", the target of "Cita"): the Composer in a
// form that works without JavaScript; TipTap loads only when someone starts writing. A locked
// topic shows a notice instead (moderators may still reply); an archived category says so.
import { Form } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { useT } from "~/i18n/react";
import { Composer, type ComposerState } from "../Composer";
import { topicPath } from "../../paths";
import { REPLY_ANCHOR } from "./links";

interface Props {
  topicId: string;
  page: number;
  locked: boolean;
  archived: boolean;
  mayReply: boolean;
  mayPost: boolean;
  /** The reply's starting text (a quote, and what was typed before quoting). */
  defaultBody: string;
  /** What the server sent back after a refused reply (errors, the text kept, findings). */
  state: ComposerState | null;
  /** Changes when the box must start afresh (after a reply, or a new quote). */
  formKey: string;
}

export function ReplyBox({ topicId, page, locked, archived, mayReply, mayPost, defaultBody, state, formKey }: Props) {
  const t = useT();
  if (!mayReply) {
    if (locked) {
      return (
        <div id={REPLY_ANCHOR}>
          <Alert>{t("forumtopic.reply.locked")}</Alert>
        </div>
      );
    }
    if (archived) {
      return (
        <div id={REPLY_ANCHOR}>
          <Alert>{t("forumtopic.reply.archived")}</Alert>
        </div>
      );
    }
    return null;
  }
  const label = t("forumtopic.reply.body");
  return (
    <section id={REPLY_ANCHOR} className="card topic-reply" aria-labelledby="topic-reply-title">
      <h2 id="topic-reply-title">{t("forumtopic.reply.title")}</h2>
      {locked && mayPost ? <p className="hint">{t("forumtopic.reply.lockedModerator")}</p> : null}
      <Form key={formKey} method="post" action={`${topicPath(topicId, page)}#${REPLY_ANCHOR}`} noValidate>
        <input type="hidden" name="intent" value="reply" />
        <ErrorSummary errors={state?.errors ?? {}} labels={{ body: label, confermaPrivacy: t("forumtopic.privacyField") }} />
        {state?.formError && !state.errors?.body ? <Alert tone="error">{t(state.formError)}</Alert> : null}
        <Composer state={state} defaultBody={defaultBody} bodyLabel={label} compact loadOn="interaction" />
        <div className="actions">
          <button type="submit" className="button">
            {t("forumtopic.reply.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
