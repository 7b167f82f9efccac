// Small pieces shared by the guardian's tables: a deadline's name, its state as a tag, an age.
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import type { DeadlineKind, DeadlineState } from "../../deadlines";

const STATE_CLASS: Record<DeadlineState, string> = {
  done: "tag tag-ok",
  overdue: "tag tag-warn",
  soon: "tag tg-soon",
  later: "tag tag-neutral",
};

export function DeadlineName({ kind, title }: { kind: DeadlineKind; title: string | null }) {
  const t = useT();
  return <>{kind === "manual" && title ? title : t(`tutele.deadlineKind.${kind}`)}</>;
}

export function DeadlineStateTag({ state }: { state: DeadlineState }) {
  const t = useT();
  return <span className={STATE_CLASS[state]}>{t(`tutele.deadlineState.${state}` as MessageKey)}</span>;
}

export function AgeText({ age }: { age: { years: number; estimated: boolean } | null }) {
  const t = useT();
  if (!age) return <span className="muted">{t("tutelaguardian.age.unknown")}</span>;
  return <>{t(age.estimated ? "tutelaguardian.age.estimated" : "tutelaguardian.age.years", { years: age.years })}</>;
}
