// The forum's writing form body: optional title, the Markdown field (TipTap loaded only when the
// person starts writing; a plain textarea without JavaScript), and — after the server held the
// text — the personal-data findings with the confirmation checkbox. The <form> is the caller's.
import { MarkdownEditor } from "~/components/editor/MarkdownEditor";
import { Field } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";

export interface ComposerState {
  errors?: Partial<Record<string, MessageKey>>;
  values?: Record<string, string>;
  privacy?: { kind: string; match: string }[];
  formError?: MessageKey | null;
}

interface Props {
  state?: ComposerState | null;
  /** Show the title field (new topic, or editing the opening post). */
  withTitle?: boolean;
  defaultTitle?: string;
  defaultBody?: string;
  bodyLabel: string;
  bodyHint?: string;
  compact?: boolean;
  /** Load TipTap at once (a page whose purpose is writing) or on the first interaction. */
  loadOn?: "hydrate" | "interaction";
}

export function Composer({ state, withTitle, defaultTitle = "", defaultBody = "", bodyLabel, bodyHint, compact, loadOn = "interaction" }: Props) {
  const t = useT();
  const values = state?.values ?? {};
  const errors = state?.errors ?? {};
  const privacy = state?.privacy ?? [];
  return (
    <>
      {withTitle ? (
        <Field
          name="title"
          label={t("forumtopic.composer.title")}
          required
          maxLength={150}
          defaultValue={values.title ?? defaultTitle}
          error={errors.title}
        />
      ) : null}
      <MarkdownEditor
        name="body"
        label={bodyLabel}
        hint={bodyHint ?? t("forumtopic.composer.hint")}
        defaultValue={values.body ?? defaultBody}
        error={errors.body}
        required
        compact={compact}
        loadOn={loadOn}
      />
      {privacy.length > 0 ? (
        <div className="privacy-hold" role="alert" aria-labelledby="privacy-hold-title">
          <h3 id="privacy-hold-title">{t("forum.privacy.title")}</h3>
          <p>{t("forum.privacy.intro")}</p>
          <ul>
            {privacy.map((finding, i) => (
              <li key={i}>
                {t(`forum.privacy.${finding.kind}` as MessageKey)}: <mark>{finding.match}</mark>
              </li>
            ))}
          </ul>
          <p>{t("forum.privacy.advice")}</p>
          {errors.confermaPrivacy ? (
            <p className="field-error" id="field-confermaPrivacy-error">
              {t(errors.confermaPrivacy)}
            </p>
          ) : null}
          <div className="checkbox">
            <input
              type="checkbox"
              id="field-confermaPrivacy"
              name="confermaPrivacy"
              value="1"
              aria-describedby={errors.confermaPrivacy ? "field-confermaPrivacy-error" : undefined}
            />
            <label htmlFor="field-confermaPrivacy">{t("forum.privacy.confirm")}</label>
          </div>
        </div>
      ) : null}
    </>
  );
}
