// Trainers' tables: courses with their district's participants, and one course's participants.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { CourseParticipation, Participant, ParticipantOrder } from "~/modules/training/reports.server";

export function ScopeNote({ scope }: { scope: readonly string[] | "all" }) {
  const t = useT();
  const names = scope === "all" ? t("reports.scope.all") : scope.map((d) => t(d === "MI" ? "district.MI" : "district.BS")).join(", ");
  return <p className="muted">{t("reports.scope", { districts: names })}</p>;
}

export function CourseParticipationTable({ courses }: { courses: readonly CourseParticipation[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="table-wrap record-wrap" role="region" aria-labelledby="participation-title" tabIndex={0}>
      <table>
        <caption id="participation-title" className="visually-hidden">
          {t("reports.courses.caption")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("reports.col.course")}</th>
            <th scope="col">{t("reports.col.participants")}</th>
            <th scope="col">{t("reports.col.completedCount")}</th>
            <th scope="col">{t("reports.col.questions")}</th>
          </tr>
        </thead>
        <tbody>
          {courses.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/formazione/partecipanti/${c.slug}`}>{c.title}</Link>
                {c.status === "draft" ? <span className="tag record-tag">{t("reports.courses.draft")}</span> : null}
              </th>
              <td>{format.number(c.participants)}</td>
              <td>{format.number(c.completed)}</td>
              <td>
                <Link to={`/formazione/partecipanti/${c.slug}/domande`}>
                  {t("reports.courses.questionsLink")}
                  <span className="visually-hidden"> — {c.title}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ParticipantsTable({
  participants,
  moduleCount,
  quizCount,
  order,
  sortHref,
}: {
  participants: readonly Participant[];
  moduleCount: number;
  quizCount: number;
  order: ParticipantOrder;
  sortHref: (order: ParticipantOrder) => string;
}) {
  const t = useT();
  const format = useFormat();
  const byActivity = order === "nome" ? undefined : order === "recenti" ? "descending" : "ascending";
  return (
    <div className="table-wrap record-wrap" role="region" aria-labelledby="participants-caption" tabIndex={0}>
      <table>
        <caption id="participants-caption" className="visually-hidden">
          {t("reports.participants.caption")}
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={order === "nome" ? "ascending" : undefined}>
              {order === "nome" ? t("reports.col.name") : <Link to={sortHref("nome")}>{t("reports.col.name")}<span className="visually-hidden"> {t("reports.sort.byName")}</span></Link>}
            </th>
            <th scope="col">{t("reports.col.enrolled")}</th>
            <th scope="col">{t("reports.col.modulesDone")}</th>
            <th scope="col">{t("reports.col.quizPassed")}</th>
            <th scope="col">{t("reports.col.completed")}</th>
            <th scope="col" aria-sort={byActivity}>
              <Link to={sortHref(order === "recenti" ? "meno-recenti" : "recenti")}>
                {t("reports.col.lastActivity")}
                <span className="visually-hidden">
                  {" "}
                  {order === "recenti" ? t("reports.sort.oldestFirst") : t("reports.sort.newestFirst")}
                </span>
                <span aria-hidden="true">{order === "recenti" ? " ↓" : order === "meno-recenti" ? " ↑" : ""}</span>
              </Link>
            </th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <tr key={p.userId}>
              <th scope="row">
                <Link to={`/formazione/persone/${p.userId}`}>{p.name}</Link>
              </th>
              <td>{format.date(p.enrolledAt)}</td>
              <td>{t("record.progress", { done: p.doneCount, total: moduleCount })}</td>
              <td>{t("reports.quizOf", { passed: p.quizPassed, total: quizCount })}</td>
              <td>{p.completedAt ? format.date(p.completedAt) : <span className="muted">{t("record.courses.inProgress")}</span>}</td>
              <td>{format.dateTime(p.lastActivityAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
