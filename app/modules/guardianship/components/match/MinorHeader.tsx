// The appointment desk's header: who the minor is, in the facts a coordinator matches on.
import { useT } from "~/i18n/react";
import { languageList } from "./format";

export interface MatchMinor {
  code: string;
  firstName: string;
  lastName: string;
  age: number | null;
  ageEstimated: boolean;
  languages: string[];
  facilityProvince: string | null;
  status: "waiting" | "with_guardian" | "ended";
}

export function MinorHeader({ minor }: { minor: MatchMinor }) {
  const t = useT();
  const age =
    minor.age === null
      ? t("tutelamatch.unknown")
      : t(minor.ageEstimated ? "tutelamatch.minor.ageEstimated" : "tutelamatch.minor.age", { age: minor.age });
  return (
    <section className="card match-minor" aria-label={t("tutelamatch.minor.label")}>
      <dl className="match-facts">
        <dt>{t("tutelamatch.minor.code")}</dt>
        <dd className="match-code">{minor.code}</dd>
        <dt>{t("tutelamatch.minor.name")}</dt>
        <dd>
          {minor.firstName} {minor.lastName}
        </dd>
        <dt>{t("tutelamatch.minor.ageLabel")}</dt>
        <dd>{age}</dd>
        <dt>{t("tutelamatch.minor.languages")}</dt>
        <dd>{languageList(minor.languages) || t("tutelamatch.unknown")}</dd>
        <dt>{t("tutelamatch.minor.province")}</dt>
        <dd>{minor.facilityProvince ?? t("tutelamatch.unknown")}</dd>
        <dt>{t("tutelamatch.minor.status")}</dt>
        <dd>
          <span className={`tag ${minor.status === "waiting" ? "tag-warn" : minor.status === "with_guardian" ? "tag-ok" : "tag-neutral"}`}>
            {t(`tutele.minorStatus.${minor.status}`)}
          </span>
        </dd>
      </dl>
    </section>
  );
}
