// One course in the catalogue: summary, hours, modules, mandatory tag, progress and status.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import { CertificateLink, CourseStatusTag } from "./CourseStatus";
import { ProgressBar } from "./ProgressBar";

export interface CardCourse {
  id: string;
  slug: string;
  title: string;
  summary: string;
  hours: number;
  mandatory: boolean;
  validityMonths: number | null;
  moduleCount: number;
  doneCount: number;
  enrolledAt: Date | string | null;
  completedAt: Date | string | null;
  certificateId: string | null;
}

export function CourseCard({ course, headingLevel = 3, idPrefix }: { course: CardCourse; headingLevel?: 2 | 3; idPrefix: string }) {
  const t = useT();
  const format = useFormat();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `${idPrefix}-${course.slug}`;
  return (
    <article className="card learning-course" aria-labelledby={headingId}>
      <Heading id={headingId} className="learning-course-title">
        <Link to={`/formazione/corsi/${course.slug}`}>{course.title}</Link>
      </Heading>
      <p className="learning-meta">
        {course.mandatory ? <span className="tag tag-mandatory">{t("training.course.mandatory")}</span> : null}
        <span className="tag tag-neutral">{t("training.course.hours", { hours: format.number(course.hours) })}</span>
        <span className="tag tag-neutral">{t("training.course.moduleCount", { count: course.moduleCount })}</span>
        {course.validityMonths ? <span className="tag tag-neutral">{t("training.course.validity", { months: course.validityMonths })}</span> : null}
      </p>
      {course.summary ? <p>{course.summary}</p> : null}
      <p className="learning-status">
        <span className="visually-hidden">{t("training.status.label")}: </span>
        <CourseStatusTag status={course} />
      </p>
      {course.enrolledAt && !course.completedAt ? <ProgressBar id={`${headingId}-progress`} done={course.doneCount} total={course.moduleCount} /> : null}
      {course.certificateId ? (
        <p>
          <CertificateLink id={course.certificateId} title={course.title} />
        </p>
      ) : null}
    </article>
  );
}
