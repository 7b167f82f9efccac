// Proposals of appointment addressed to the guardian: only non-identifying data (code, district,
// facility province, age, sex, languages, special needs), with Accept and Decline (optional reason).
// Plain POST forms: they work without JavaScript.
import { Form } from "@remix-run/react";
import { Field } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useFormat, useT } from "~/i18n/react";
import { AgeText } from "./DeadlineBits";

export interface ProposalItem {
  id: string;
  status: "proposed" | "accepted";
  code: string;
  districtCode: string;
  facilityProvince: string | null;
  age: { years: number; estimated: boolean } | null;
  sex: string | null;
  languageNames: string[];
  hasSpecialNeeds: boolean;
  proposedAt: string | Date;
}

export interface DeclineFailure {
  appointmentId?: string;
  errors: Partial<Record<string, MessageKey>>;
  values: Record<string, string>;
}

export function Proposals({ items, failure }: { items: readonly ProposalItem[]; failure: DeclineFailure | null }) {
  const t = useT();
  return (
    <section className="card tg-section" aria-labelledby="tg-proposals">
      <h2 id="tg-proposals">{t("tutelaguardian.proposals.title")}</h2>
      <p className="muted">{t("tutelaguardian.proposals.intro")}</p>
      {items.map((p) => (
        <ProposalCard key={p.id} item={p} failure={failure?.appointmentId === p.id ? failure : null} />
      ))}
    </section>
  );
}

function ProposalCard({ item: p, failure }: { item: ProposalItem; failure: DeclineFailure | null }) {
  const t = useT();
  const format = useFormat();
  const notGiven = <span className="muted">{t("tutelaguardian.proposal.noneGiven")}</span>;
  const headingId = `tg-proposal-${p.id}`;
  return (
    <article className="tg-proposal" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("tutelaguardian.proposal.heading", { code: p.code })}</h3>
      <p className="tg-proposal-meta">
        <span className={p.status === "accepted" ? "tag tag-ok" : "tag tg-soon"}>{t(`tutele.appointmentStatus.${p.status}`)}</span>{" "}
        <span className="muted">{t("tutelaguardian.proposal.proposedOn", { date: format.date(p.proposedAt) })}</span>
      </p>
      <dl className="tg-facts">
        <dt>{t("tutelaguardian.proposal.district")}</dt>
        <dd>{t(`district.${p.districtCode}` as MessageKey)}</dd>
        <dt>{t("tutelaguardian.proposal.province")}</dt>
        <dd>{p.facilityProvince ?? notGiven}</dd>
        <dt>{t("tutelaguardian.proposal.age")}</dt>
        <dd>
          <AgeText age={p.age} />
        </dd>
        <dt>{t("tutelaguardian.proposal.sex")}</dt>
        <dd>{p.sex ? t(`tutele.sex.${p.sex}` as MessageKey) : notGiven}</dd>
        <dt>{t("tutelaguardian.proposal.languages")}</dt>
        <dd>{p.languageNames.length > 0 ? p.languageNames.join(", ") : notGiven}</dd>
        <dt>{t("tutelaguardian.proposal.specialNeeds")}</dt>
        <dd>
          {p.hasSpecialNeeds ? t("tutelaguardian.proposal.needsAfterDecree") : <span className="muted">{t("tutelaguardian.proposal.noNeeds")}</span>}
        </dd>
      </dl>
      {p.status === "accepted" ? (
        <p>{t("tutelaguardian.proposal.waitingDecree")}</p>
      ) : (
        <div className="tg-answer">
          <Form method="post" className="tg-answer-form">
            <input type="hidden" name="intent" value="accept" />
            <input type="hidden" name="appointmentId" value={p.id} />
            <button type="submit" className="button">
              {t("tutelaguardian.proposal.accept")}
            </button>
          </Form>
          <Form method="post" className="tg-answer-form tg-decline">
            <input type="hidden" name="intent" value="decline" />
            <input type="hidden" name="appointmentId" value={p.id} />
            <Field
              id={`field-reason-${p.id}`}
              name="reason"
              label={t("tutelaguardian.proposal.declineReason")}
              hint={t("tutelaguardian.proposal.declineHint")}
              maxLength={500}
              error={failure?.errors.reason}
              defaultValue={failure?.values.reason ?? ""}
            />
            <button type="submit" className="button button-secondary">
              {t("tutelaguardian.proposal.decline")}
            </button>
          </Form>
        </div>
      )}
    </article>
  );
}
