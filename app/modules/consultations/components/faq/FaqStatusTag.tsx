// The status of an FAQ entry as a tag: the word says it, the colour only repeats it.
import type { FaqStatus } from "~/modules/consultations/constants";
import { useT } from "~/i18n/react";

const TONE: Record<FaqStatus, string> = { draft: "tag-neutral", in_review: "faq-tag-review", published: "tag-ok" };

export function FaqStatusTag({ status }: { status: FaqStatus }) {
  const t = useT();
  return <span className={`tag ${TONE[status]}`}>{t(`faq.status.${status}`)}</span>;
}
