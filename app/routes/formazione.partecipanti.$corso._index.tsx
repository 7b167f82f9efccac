// /formazione/partecipanti/:corso — the course's participants of the viewer's districts with
// progress and last activity, sortable and paginated (the CSV: formazione.partecipanti.$corso.csv.ts).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/ui/Pagination";
import { useT } from "~/i18n/react";
import { ParticipantsTable, ScopeNote } from "~/modules/training/components/record/ParticipantsTable";
import {
  courseParticipants,
  parseParticipantsQuery,
  requireCourseReport,
  type ParticipantOrder,
} from "~/modules/training/reports.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "reports.participants.title", { course: data?.course.title ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scope, course } = await requireCourseReport(request, params);
  const query = parseParticipantsQuery(new URL(request.url).searchParams);
  const page = await courseParticipants(course.id, scope, query.ordine, query.pagina);
  if (query.pagina > page.pages) return notFound();
  return { scope, course, order: query.ordine, ...page };
}

function href(slug: string, order: ParticipantOrder, page = 1, csv = false) {
  const params = new URLSearchParams();
  if (order !== "recenti") params.set("ordine", order);
  if (page > 1) params.set("pagina", String(page));
  const qs = params.toString();
  return `/formazione/partecipanti/${slug}${csv ? "/csv" : ""}${qs ? `?${qs}` : ""}`;
}

export default function CourseParticipants() {
  const t = useT();
  const { scope, course, order, participants, moduleCount, quizCount, total, page, pages } = useLoaderData<typeof loader>();
  return (
    <div>
      <p className="breadcrumb">
        <Link to="/formazione/partecipanti">{t("reports.back")}</Link>
      </p>
      <h1>{t("reports.participants.title", { course: course.title })}</h1>
      <ScopeNote scope={scope} />
      <p role="status">{total === 1 ? t("reports.participants.countOne") : t("reports.participants.count", { count: total })}</p>
      <div className="actions record-actions">
        <a className="button button-secondary" href={href(course.slug, order, 1, true)} download>
          {t("reports.csv")}
        </a>
        <Link to={`/formazione/partecipanti/${course.slug}/domande`}>{t("reports.courses.questionsLink")}</Link>
      </div>
      {participants.length === 0 ? (
        <p>{t("reports.participants.empty")}</p>
      ) : (
        <ParticipantsTable
          participants={participants}
          moduleCount={moduleCount}
          quizCount={quizCount}
          order={order}
          sortHref={(o) => href(course.slug, o)}
        />
      )}
      <Pagination page={page} pages={pages} href={(p) => href(course.slug, order, p)} />
    </div>
  );
}
