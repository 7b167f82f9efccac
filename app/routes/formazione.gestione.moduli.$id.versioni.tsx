// /formazione/gestione/moduli/:id/versioni — a module's version history: who, when, from where;
// view any version rendered; restore one as a new latest version.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useFormat, useT } from "~/i18n/react";
import { getVersionByNumber, idParam, listVersions, requireAuthoring, requireModule, restoreVersion } from "~/modules/training/authoring.server";
import { RenderedMarkdown } from "~/modules/training/components/authoring/RenderedMarkdown";
import { versionsQuerySchema as querySchema } from "~/modules/training/route-params.server";
import { httpError, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "authoring.versions.title", { module: data?.title ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAuthoring(request);
  const { module, course, latest } = await requireModule(params.id);
  const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const versions = await listVersions(module.id);
  const viewing = query.versione ? await getVersionByNumber(module.id, query.versione) : null;
  if (query.versione && !viewing) notFound();
  return {
    moduleId: module.id,
    title: latest?.title ?? module.slug,
    course: { slug: course.slug, title: course.title },
    latestVersionId: module.latestVersionId,
    publishedVersionId: module.publishedVersionId,
    versions,
    numberById: Object.fromEntries(versions.map((v) => [v.id, v.number])),
    viewing: viewing ? { number: viewing.number, title: viewing.title, bodyHtml: viewing.bodyHtml } : null,
    restored: query.esito && query.numero && query.da ? { number: query.numero, from: query.da } : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireAuthoring(request);
  const { module } = await requireModule(params.id);
  const form = await request.formData();
  if (form.get("intent") !== "restore") httpError(400);
  const restored = await restoreVersion(actor, module.id, idParam(String(form.get("versionId") ?? "")));
  if (!restored) notFound();
  return redirect(`/formazione/gestione/moduli/${module.id}/versioni?esito=ripristinata&numero=${restored!.version.number}&da=${restored!.from.number}`);
}

export default function Versions() {
  const t = useT();
  const format = useFormat();
  const d = useLoaderData<typeof loader>();
  return (
    <div>
      <p>
        <Link to={`/formazione/gestione/moduli/${d.moduleId}`}>{t("authoring.backToModule")}</Link>
      </p>
      <h1>{t("authoring.versions.title", { module: d.title })}</h1>
      <p className="lead">{t("authoring.versions.intro")}</p>
      {d.restored ? <Alert tone="success">{t("authoring.versions.restored", d.restored)}</Alert> : null}
      {d.viewing ? (
        <section className="card" aria-labelledby="viewing-title">
          <h2 id="viewing-title">{t("authoring.versions.viewing", { number: d.viewing.number, title: d.viewing.title })}</h2>
          <RenderedMarkdown html={d.viewing.bodyHtml} />
          <p>
            <Link to={`/formazione/gestione/moduli/${d.moduleId}/versioni`}>{t("authoring.versions.close")}</Link>
          </p>
        </section>
      ) : null}
      <div className="table-wrap">
        <table className="authoring-table">
          <caption className="visually-hidden">{t("authoring.versions.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("authoring.versions.col.number")}</th>
              <th scope="col">{t("authoring.versions.col.source")}</th>
              <th scope="col">{t("authoring.versions.col.author")}</th>
              <th scope="col">{t("authoring.versions.col.date")}</th>
              <th scope="col">{t("authoring.versions.col.state")}</th>
              <th scope="col">{t("authoring.versions.col.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {d.versions.map((v) => (
              <tr key={v.id}>
                <th scope="row">
                  {v.number}
                  <br />
                  <span className="muted">{v.title}</span>
                </th>
                <td>
                  {t(`authoring.versions.source.${v.source}`)}
                  {v.restoredFromId && d.numberById[v.restoredFromId] ? (
                    <>
                      {" "}
                      <span className="muted">({t("authoring.versions.restoredFrom", { number: d.numberById[v.restoredFromId] })})</span>
                    </>
                  ) : null}
                  {v.hasQuiz ? <span className="muted"> · {t("authoring.versions.quizIncluded")}</span> : null}
                </td>
                <td>{v.authorName ?? t("authoring.versions.noAuthor")}</td>
                <td>{format.dateTime(v.createdAt)}</td>
                <td>
                  {v.id === d.latestVersionId ? <span className="tag">{t("authoring.versions.latest")}</span> : null}
                  {v.id === d.publishedVersionId ? <span className="tag authoring-tag-ok">{t("authoring.versions.published")}</span> : null}
                </td>
                <td>
                  <div className="authoring-row-actions">
                    <Link to={`?versione=${v.number}#viewing-title`} className="button button-secondary button-small">
                      {t("authoring.versions.view", { number: v.number })}
                    </Link>
                    {v.id !== d.latestVersionId ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="versionId" value={v.id} />
                        <button type="submit" name="intent" value="restore" className="button button-secondary button-small">
                          {t("authoring.versions.restore", { number: v.number })}
                        </button>
                      </Form>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
