// A course's modules in order, with forms to move them, archive them or bring them back (POST
// forms: they work without JavaScript).
import { Form, Link } from "@remix-run/react";
import { useT } from "~/i18n/react";

export interface ModuleRow {
  id: string;
  title: string | null;
  slug: string;
  archivedAt: string | Date | null;
  published: boolean;
  hasDraft: boolean;
}

function ActionButton({ intent, id, text, hidden, disabled }: { intent: string; id: string; text: string; hidden: string; disabled?: boolean }) {
  return (
    <Form method="post" className="inline-form">
      <button type="submit" name="intent" value={`${intent}:${id}`} className="button button-secondary button-small" disabled={disabled}>
        {text}
        <span className="visually-hidden"> «{hidden}»</span>
      </button>
    </Form>
  );
}

export function ModuleTable({ modules }: { modules: ModuleRow[] }) {
  const t = useT();
  const current = modules.filter((m) => !m.archivedAt);
  const archived = modules.filter((m) => m.archivedAt);
  if (modules.length === 0) return <p>{t("authoring.modules.empty")}</p>;
  return (
    <>
      <div className="table-wrap">
        <table className="authoring-table">
          <caption className="visually-hidden">{t("authoring.modules.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("authoring.modules.col.position")}</th>
              <th scope="col">{t("authoring.modules.col.title")}</th>
              <th scope="col">{t("authoring.modules.col.state")}</th>
              <th scope="col">{t("authoring.modules.col.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {current.map((m, index) => {
              const title = m.title ?? m.slug;
              return (
                <tr key={m.id}>
                  <td>{index + 1}</td>
                  <th scope="row">
                    <Link to={`/formazione/gestione/moduli/${m.id}`}>{title}</Link>
                  </th>
                  <td>
                    <span className={`tag${m.published ? "" : " tag-warn"}`}>
                      {t(m.published ? "authoring.modules.published" : "authoring.modules.unpublished")}
                    </span>
                    {m.published && m.hasDraft ? <span className="tag">{t("authoring.modules.draft")}</span> : null}
                  </td>
                  <td>
                    <div className="authoring-row-actions">
                      <ActionButton intent="up" id={m.id} text={t("authoring.modules.up")} hidden={title} disabled={index === 0} />
                      <ActionButton intent="down" id={m.id} text={t("authoring.modules.down")} hidden={title} disabled={index === current.length - 1} />
                      <ActionButton intent="archive" id={m.id} text={t("authoring.modules.archive")} hidden={title} />
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {archived.length > 0 ? (
        <>
          <h3>{t("authoring.modules.archived")}</h3>
          <p className="muted">{t("authoring.modules.archivedHint")}</p>
          <ul className="authoring-archived">
            {archived.map((m) => (
              <li key={m.id}>
                <Link to={`/formazione/gestione/moduli/${m.id}`}>{m.title ?? m.slug}</Link>{" "}
                <ActionButton intent="unarchive" id={m.id} text={t("authoring.modules.unarchive")} hidden={m.title ?? m.slug} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
