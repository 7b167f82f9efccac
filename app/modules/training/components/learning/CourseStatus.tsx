// A course's status for the learner: not enrolled, in progress, or completed on a date (with the certificate).
import { useFormat, useT } from "~/i18n/react";

export interface StatusData {
  enrolledAt: Date | string | null;
  completedAt: Date | string | null;
  certificateId: string | null;
}

export function CourseStatusTag({ status }: { status: StatusData }) {
  const t = useT();
  const format = useFormat();
  if (status.completedAt) return <span className="tag tag-ok">{t("training.status.completed", { date: format.date(status.completedAt) })}</span>;
  if (status.enrolledAt) return <span className="tag">{t("training.status.inProgress")}</span>;
  return <span className="tag tag-neutral">{t("training.status.notEnrolled")}</span>;
}

/** The PDF download link: a plain link, the browser downloads the file. */
export function CertificateLink({ id, title }: { id: string; title?: string }) {
  const t = useT();
  return (
    <a href={`/attestati/${id}`} className="learning-certificate-link" aria-label={title ? t("training.certificate.downloadNamed", { title }) : undefined}>
      {t("training.certificate.download")}
    </a>
  );
}
