// The district's answer templates, each with its rendered text, an edit link and a delete link
// that asks for confirmation first (on its own page state, so it works without JavaScript).
import { Form, Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { DistrictCode } from "~/modules/auth/roles";

export interface TemplateItem {
  id: string;
  districtCode: DistrictCode;
  title: string;
  bodyHtml: string;
  updatedAt: Date | string;
}

export function TemplateList({
  items,
  showDistrict,
  confirmId,
  editing,
}: {
  items: readonly TemplateItem[];
  showDistrict: boolean;
  /** The template whose deletion is being confirmed. */
  confirmId: string | null;
  /** The template being edited and its form, shown in its place. */
  editing?: { id: string; form: React.ReactNode } | null;
}) {
  const t = useT();
  const format = useFormat();
  if (items.length === 0) return <p className="card">{t("consultdesk.templates.empty")}</p>;
  return (
    <ul className="consult-template-list">
      {items.map((item) =>
        editing?.id === item.id ? (
          <li key={item.id} id={`modello-${item.id}`}>
            {editing.form}
          </li>
        ) : (
          <li key={item.id} id={`modello-${item.id}`} className="card consult-template">
            <h3>{item.title}</h3>
            <p className="muted consult-template-meta">
              {showDistrict ? <span className="tag tag-neutral">{t(`district.${item.districtCode}`)}</span> : null}
              {t("consultdesk.templates.updated", {
                when: format.dateTime(item.updatedAt),
              })}
            </p>
            <details className="consult-template-body">
              <summary>{t("consultdesk.templates.show")}</summary>
              <div className="prose" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
            </details>
            {confirmId === item.id ? (
              <Form method="post" className="alert alert-error consult-template-confirm" aria-labelledby={`confirm-${item.id}`}>
                <p id={`confirm-${item.id}`}>
                  <strong>{t("consultdesk.templates.confirm", { title: item.title })}</strong>
                </p>
                <input type="hidden" name="intent" value="delete" />
                <input type="hidden" name="id" value={item.id} />
                <div className="actions">
                  <button type="submit" className="button button-danger">
                    {t("consultdesk.templates.confirmDelete")}
                  </button>
                  <Link to="/consulenze/modelli" className="button button-secondary">
                    {t("form.cancel")}
                  </Link>
                </div>
              </Form>
            ) : (
              <p className="actions">
                <Link to={`/consulenze/modelli?modifica=${item.id}#template-edit-title`} className="button button-secondary button-small">
                  {t("consultdesk.templates.edit")}
                  <span className="visually-hidden">: {item.title}</span>
                </Link>
                <Link to={`/consulenze/modelli?elimina=${item.id}#modello-${item.id}`} className="button button-quiet button-small">
                  {t("consultdesk.templates.delete")}
                  <span className="visually-hidden">: {item.title}</span>
                </Link>
              </p>
            )}
          </li>
        ),
      )}
    </ul>
  );
}
