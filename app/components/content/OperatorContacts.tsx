// Who runs this installation of the portal, as configured by the operator (OPERATOR_* variables).
import { useRouteLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";

export interface Operator {
  name: string | null;
  address: string | null;
  email: string | null;
  dpoEmail: string | null;
}

export function OperatorContacts() {
  const t = useT();
  const data = useRouteLoaderData("routes/privacy") as { operator?: Operator } | undefined;
  const operator = data?.operator;
  if (!operator?.name || !operator.email) return <p>{t("privacy.operator.missing")}</p>;
  return (
    <ul>
      <li>
        {t("privacy.operator.name")}: {operator.name}
        {operator.address ? `, ${operator.address}` : ""}
      </li>
      <li>
        {t("privacy.operator.email")}: <a href={`mailto:${operator.email}`}>{operator.email}</a>
      </li>
      {operator.dpoEmail ? (
        <li>
          {t("privacy.operator.dpo")}: <a href={`mailto:${operator.dpoEmail}`}>{operator.dpoEmail}</a>
        </li>
      ) : null}
    </ul>
  );
}
