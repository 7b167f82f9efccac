// A topic's moderation page: its state (pinned, locked) with the buttons that change it, and the
// form that moves it to another category the moderator moderates; each with an optional reason
// kept in the moderation log.
import { Form } from "@remix-run/react";
import { Field, SelectField } from "~/components/ui/Field";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { TextArea } from "./TextArea";

export interface MoveTarget {
  id: string;
  name: string;
  districtCode: string | null;
}

/** A refused submission: which of the two forms, its errors and what was typed. */
export interface TopicRefusal {
  group: "state" | "move" | "rename";
  errors: Partial<Record<string, MessageKey>>;
  values: Record<string, string>;
}

interface Props {
  topic: { pinned: boolean; locked: boolean; title: string };
  category: { name: string };
  targets: MoveTarget[];
  refused: TopicRefusal | null;
}

export function TopicModeration({ topic, category, targets, refused }: Props) {
  const t = useT();
  const place = (code: string | null) => (code ? t(`district.${code}` as MessageKey) : t("forummod.move.shared"));
  const state = refused?.group === "state" ? refused : null;
  const move = refused?.group === "move" ? refused : null;
  const rename = refused?.group === "rename" ? refused : null;
  return (
    <>
      <section className="card" aria-labelledby="forummod-state-title">
        <h2 id="forummod-state-title">{t("forummod.topic.state")}</h2>
        <ul className="forummod-state">
          <li>{t(topic.pinned ? "forummod.topic.pinned" : "forummod.topic.notPinned")}</li>
          <li>{t(topic.locked ? "forummod.topic.locked" : "forummod.topic.open")}</li>
        </ul>
        {/* One form, two buttons: the one pressed gives the intent. */}
        <Form method="post">
          <TextArea
            name="motivo"
            fieldId="field-motivo-state"
            label={t("forummod.topic.reason")}
            hint={t("forummod.topic.reasonHint")}
            error={state?.errors.motivo}
            maxLength={500}
            rows={2}
            defaultValue={state?.values.motivo ?? ""}
          />
          <div className="actions">
            <button type="submit" name="intent" value={topic.pinned ? "unpin" : "pin"} className="button button-secondary">
              {t(topic.pinned ? "forummod.topic.unpin" : "forummod.topic.pin")}
            </button>
            <button type="submit" name="intent" value={topic.locked ? "unlock" : "lock"} className="button button-secondary">
              {t(topic.locked ? "forummod.topic.unlock" : "forummod.topic.lock")}
            </button>
          </div>
        </Form>
      </section>
      <section className="card" aria-labelledby="forummod-rename-title">
        <h2 id="forummod-rename-title">{t("forummod.rename.title")}</h2>
        <p>{t("forummod.rename.intro")}</p>
        <Form method="post">
          <ErrorSummary errors={rename?.errors ?? {}} labels={{ titolo: t("forummod.rename.field"), motivo: t("forummod.topic.reason") }} />
          <input type="hidden" name="intent" value="rename" />
          <Field
            name="titolo"
            label={t("forummod.rename.field")}
            required
            maxLength={150}
            defaultValue={rename?.values.titolo ?? topic.title}
            error={rename?.errors.titolo}
          />
          <TextArea
            name="motivo"
            fieldId="field-motivo-rename"
            label={t("forummod.topic.reason")}
            hint={t("forummod.topic.reasonHint")}
            error={rename?.errors.motivo}
            maxLength={500}
            rows={2}
            defaultValue={rename?.values.motivo ?? ""}
          />
          <button type="submit" className="button button-secondary">
            {t("forummod.rename.submit")}
          </button>
        </Form>
      </section>
      <section className="card" aria-labelledby="forummod-move-title">
        <h2 id="forummod-move-title">{t("forummod.move.title")}</h2>
        <p>{t("forummod.move.current", { category: category.name })}</p>
        {targets.length === 0 ? (
          <p className="muted">{t("forummod.move.none")}</p>
        ) : (
          <Form method="post">
            <ErrorSummary errors={move?.errors ?? {}} labels={{ categoria: t("forummod.move.field"), motivo: t("forummod.topic.reason") }} />
            <input type="hidden" name="intent" value="move" />
            <SelectField
              name="categoria"
              label={t("forummod.move.field")}
              hint={t("forummod.move.hint")}
              error={move?.errors.categoria}
              defaultValue={move?.values.categoria ?? ""}
              required
              options={[
                { value: "", label: t("forummod.move.choose") },
                ...targets.map((c) => ({ value: c.id, label: `${c.name} (${place(c.districtCode)})` })),
              ]}
            />
            <TextArea
              name="motivo"
              label={t("forummod.topic.reason")}
              hint={t("forummod.topic.reasonHint")}
              error={move?.errors.motivo}
              maxLength={500}
              rows={2}
              defaultValue={move?.values.motivo ?? ""}
            />
            <button type="submit" className="button">
              {t("forummod.move.submit")}
            </button>
          </Form>
        )}
      </section>
    </>
  );
}
