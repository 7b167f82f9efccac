// The FAQ search box and topic filter: a GET form, so it works without JavaScript and the
// address can be bookmarked (?q=, ?categoria=).
import { Form, Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { CATEGORIES, type ConsultationCategory } from "~/modules/consultations/constants";
import { FAQ_QUERY_MAX } from "~/modules/consultations/faq-fields";

export function FaqSearchForm({ q, category, error }: { q: string; category: ConsultationCategory | null; error?: MessageKey }) {
  const t = useT();
  const describedBy = ["faq-q-hint", error ? "faq-q-error" : null].filter(Boolean).join(" ");
  return (
    <Form method="get" action="/consulenze/faq" role="search" aria-label={t("faq.search.formLabel")} className="faq-search">
      <div className={`field faq-search-q${error ? " field-invalid" : ""}`}>
        <label htmlFor="faq-q">{t("faq.search.label")}</label>
        <p className="hint" id="faq-q-hint">
          {t("faq.search.hint")}
        </p>
        {error ? (
          <p className="field-error" id="faq-q-error">
            {t(error)}
          </p>
        ) : null}
        <input
          id="faq-q"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={FAQ_QUERY_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      </div>
      <div className="field faq-search-category">
        <label htmlFor="faq-categoria">{t("faq.search.category")}</label>
        <select id="faq-categoria" name="categoria" defaultValue={category ?? ""}>
          <option value="">{t("faq.search.allCategories")}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`consultations.category.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="faq-search-actions">
        <button type="submit" className="button">
          {t("faq.search.submit")}
        </button>
        {q || category ? (
          <Link to="/consulenze/faq" className="button button-quiet">
            {t("faq.search.reset")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
