// /formazione/gestione — trainers' overview: every course (drafts too) with module counts, the
// open conflicts between content/ files and portal edits, and "new course".
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { listCoursesForAuthoring, requireAuthoring } from "~/modules/training/authoring.server";
import { titled } from "~/utils/meta";

export const meta = titled("authoring.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuthoring(request);
  return listCoursesForAuthoring();
}

export default function AuthoringHome() {
  const t = useT();
  const { courses, openConflicts } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("authoring.title")}</h1>
      <p className="lead">{t("authoring.intro")}</p>
      <div className={`alert${openConflicts > 0 ? " alert-error" : ""}`}>
        <p>
          {openConflicts === 0
            ? t("authoring.conflicts.none")
            : openConflicts === 1
              ? t("authoring.conflicts.countOne")
              : t("authoring.conflicts.count", { count: openConflicts })}{" "}
          {openConflicts > 0 ? <Link to="/formazione/gestione/conflitti">{t("authoring.conflicts.link")}</Link> : null}
        </p>
      </div>
      <div className="authoring-head">
        <h2>{t("authoring.courses.title")}</h2>
        <Link to="/formazione/gestione/corsi/nuovo" className="button">
          {t("authoring.courses.new")}
        </Link>
      </div>
      {courses.length === 0 ? (
        <p>{t("authoring.courses.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="authoring-table">
            <caption className="visually-hidden">{t("authoring.courses.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("authoring.col.course")}</th>
                <th scope="col">{t("authoring.col.status")}</th>
                <th scope="col">{t("authoring.col.modules")}</th>
                <th scope="col">{t("authoring.col.published")}</th>
                <th scope="col">{t("authoring.col.drafts")}</th>
              </tr>
            </thead>
            <tbody>
              {courses.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/formazione/gestione/corsi/${c.slug}`}>{c.title}</Link>
                    {c.mandatory ? (
                      <>
                        <br />
                        <span className="tag">{t("authoring.mandatory")}</span>
                      </>
                    ) : null}
                  </th>
                  <td>
                    <span className={`tag${c.status === "draft" ? " tag-warn" : ""}`}>{t(`authoring.status.${c.status}`)}</span>
                  </td>
                  <td>{c.modules}</td>
                  <td>{c.published}</td>
                  <td>{c.drafts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
