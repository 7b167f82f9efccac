// Internal notes: a section that cannot be mistaken for the reply box (own colours, a lock, its
// own heading) with a plain textarea named `note`. Its draft comes back only to itself.
import { Form } from "@remix-run/react";
import { FieldFrame } from "~/components/ui/Field";
import { Alert } from "~/components/ui/Alert";
import { useFormat, useT } from "~/i18n/react";
import { LockIcon } from "./Icons";
import { resultFor, type NoteData, type ThreadActionData } from "./types";

export function InternalNotes({
  requestId,
  notes,
  canWrite,
  result,
  formKey,
}: {
  requestId: string;
  notes: readonly NoteData[];
  canWrite: boolean;
  result: ThreadActionData | undefined;
  formKey: string;
}) {
  const t = useT();
  const format = useFormat();
  const own = resultFor(result, "note");
  return (
    <section className="consult-notes" aria-labelledby="notes-title">
      <p className="consult-notes-lock">
        <LockIcon /> {t("consultguardian.notes.lock")}
      </p>
      <h2 id="notes-title">{t("consultguardian.notes.title")}</h2>
      <p className="consult-notes-intro">{t("consultguardian.notes.intro")}</p>
      {notes.length === 0 ? (
        <p className="muted">{t("consultguardian.notes.none")}</p>
      ) : (
        <ol className="consult-note-list">
          {notes.map((n) => (
            <li key={n.id} className="consult-note">
              <p className="consult-note-head">
                <strong>{n.authorName ?? t("consultguardian.message.consultant")}</strong>{" "}
                <time className="muted" dateTime={new Date(n.createdAt).toISOString()}>
                  {format.dateTime(n.createdAt)}
                </time>
              </p>
              <div className="prose" dangerouslySetInnerHTML={{ __html: n.bodyHtml }} />
            </li>
          ))}
        </ol>
      )}
      {canWrite ? (
        <Form key={formKey} method="post" action={`/consulenze/${requestId}`} noValidate className="consult-note-form">
          <input type="hidden" name="intent" value="note" />
          {own?.formError ? <Alert tone="error">{t(own.formError)}</Alert> : null}
          <FieldFrame fieldId="field-note" label={t("consultguardian.notes.label")} error={own?.errors.note} optional={false}>
            <textarea
              id="field-note"
              name="note"
              rows={4}
              defaultValue={own?.values.note ?? ""}
              aria-invalid={own?.errors.note ? true : undefined}
              aria-describedby={own?.errors.note ? "field-note-error" : undefined}
            />
          </FieldFrame>
          <button type="submit" className="button consult-note-button">
            <LockIcon /> {t("consultguardian.notes.submit")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
