// The minor's record as the coordinator or the guardian reads it: identity, arrival, facility, court
// file, permit, status, special needs, and the current appointment.
import { useFormat, useT } from "~/i18n/react";

export interface MinorFactsProps {
  viewer: "coordinator" | "guardian";
  districtName: string;
  appointment: { guardianName: string; decreeDate: string | null; mine: boolean } | null;
  minor: {
    code: string;
    firstName: string;
    lastName: string;
    birthDate: string | null;
    estimatedAge: number | null;
    age: number | null;
    sex: "F" | "M" | "X" | null;
    nationality: { code: string; name: string } | null;
    languages: string[];
    arrivalDate: string | null;
    facilityName: string | null;
    facilityMunicipality: string | null;
    facilityProvince: string | null;
    courtFileNumber: string | null;
    permitExpiry: string | null;
    status: "waiting" | "with_guardian" | "ended";
    specialNeeds: ("health" | "disability" | "psychological_support" | "asylum_application" | "trafficking_risk")[];
  };
}

const STATUS_CLASS = { waiting: "tag tag-warn", with_guardian: "tag tag-ok", ended: "tag tag-neutral" } as const;

export function MinorFacts({ viewer, districtName, appointment, minor }: MinorFactsProps) {
  const t = useT();
  const f = useFormat();
  const unknown = <span className="muted">{t("tutelaminor.unknown")}</span>;
  const facility = [minor.facilityName, [minor.facilityMunicipality, minor.facilityProvince ? `(${minor.facilityProvince})` : null].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  return (
    <section className="card mp-facts" aria-labelledby="dati">
      <h2 id="dati">{t("tutelaminor.data.title")}</h2>
      <dl className="mp-dl">
        <dt>{t("tutelaminor.data.code")}</dt>
        <dd className="mp-code">{minor.code}</dd>
        <dt>{t("tutelaminor.data.name")}</dt>
        <dd>
          {minor.firstName} {minor.lastName}
        </dd>
        <dt>{minor.birthDate ? t("tutelaminor.data.birthDate") : t("tutelaminor.data.estimatedAge")}</dt>
        <dd>
          {minor.birthDate
            ? t("tutelaminor.data.bornOn", { date: f.date(minor.birthDate), age: minor.age ?? 0 })
            : minor.estimatedAge !== null
              ? t("tutelaminor.data.ageEstimated", { age: minor.estimatedAge })
              : unknown}
        </dd>
        <dt>{t("tutelaminor.data.sex")}</dt>
        <dd>{minor.sex ? t(`tutele.sex.${minor.sex}`) : unknown}</dd>
        <dt>{t("tutelaminor.data.nationality")}</dt>
        <dd>{minor.nationality ? `${minor.nationality.name} (${minor.nationality.code})` : unknown}</dd>
        <dt>{t("tutelaminor.data.languages")}</dt>
        <dd>{minor.languages.length > 0 ? minor.languages.join(", ") : unknown}</dd>
        <dt>{t("tutelaminor.data.arrivalDate")}</dt>
        <dd>{minor.arrivalDate ? f.date(minor.arrivalDate) : unknown}</dd>
        <dt>{t("tutelaminor.data.facility")}</dt>
        <dd>{facility || unknown}</dd>
        <dt>{t("tutelaminor.data.courtFile")}</dt>
        <dd>{minor.courtFileNumber ?? unknown}</dd>
        <dt>{t("tutelaminor.data.permitExpiry")}</dt>
        <dd>{minor.permitExpiry ? f.date(minor.permitExpiry) : unknown}</dd>
        <dt>{t("tutelaminor.data.status")}</dt>
        <dd>
          <span className={STATUS_CLASS[minor.status]}>{t(`tutele.minorStatus.${minor.status}`)}</span>
        </dd>
        <dt>{t("tutelaminor.data.specialNeeds")}</dt>
        <dd>
          {minor.specialNeeds.length > 0 ? (
            <ul className="mp-needs">
              {minor.specialNeeds.map((need) => (
                <li key={need}>{t(`tutele.specialNeed.${need}`)}</li>
              ))}
            </ul>
          ) : (
            <span className="muted">{t("tutelaminor.data.noNeeds")}</span>
          )}
        </dd>
        {viewer === "guardian" ? (
          <>
            <dt>{t("tutelaminor.data.district")}</dt>
            <dd>{t("tutelaminor.data.districtCoordinators", { district: districtName })}</dd>
          </>
        ) : null}
        <dt>{t("tutelaminor.data.guardian")}</dt>
        <dd>
          {appointment === null
            ? t("tutelaminor.data.noGuardian")
            : appointment.mine
              ? t("tutelaminor.data.youSince", { date: appointment.decreeDate ? f.date(appointment.decreeDate) : "—" })
              : t("tutelaminor.data.guardianSince", {
                  name: appointment.guardianName,
                  date: appointment.decreeDate ? f.date(appointment.decreeDate) : "—",
                })}
        </dd>
      </dl>
    </section>
  );
}
