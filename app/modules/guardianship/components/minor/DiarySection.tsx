// The user's private diary on this minor: only their own notes, newest first; nobody else reads them.
import { Form } from "@remix-run/react";
import { FieldFrame } from "~/components/ui/Field";
import { useFormat, useT } from "~/i18n/react";
import { resultFor, type MinorResult, type NoteView } from "./types";

export function DiarySection({ notes, result }: { notes: NoteView[]; result: MinorResult | undefined }) {
  const t = useT();
  const f = useFormat();
  const add = resultFor(result, "addNote");
  const error = add.errors.body;
  return (
    <section className="card" aria-labelledby="diario">
      <h2 id="diario">{t("tutelaminor.diary.title")}</h2>
      <p className="mp-private">{t("tutelaminor.diary.private")}</p>
      <Form method="post" className="mp-form" noValidate>
        <input type="hidden" name="intent" value="addNote" />
        <FieldFrame fieldId="field-body" label={t("tutelaminor.diary.body")} error={error} optional={false}>
          <textarea
            id="field-body"
            name="body"
            required
            rows={4}
            maxLength={5000}
            defaultValue={add.values.body}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "field-body-error" : undefined}
          />
        </FieldFrame>
        <button type="submit" className="button">
          {t("tutelaminor.diary.add")}
        </button>
      </Form>
      {notes.length === 0 ? (
        <p className="muted">{t("tutelaminor.diary.none")}</p>
      ) : (
        <ol className="mp-list mp-notes" aria-label={t("tutelaminor.diary.listLabel")}>
          {notes.map((note) => (
            <li key={note.id} className="mp-note">
              <p className="mp-meta muted">
                <time dateTime={new Date(note.createdAt).toISOString()}>{f.dateTime(note.createdAt)}</time>
              </p>
              <p className="mp-note-body">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
