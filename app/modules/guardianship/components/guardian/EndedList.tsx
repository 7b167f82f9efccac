// Past guardianships: the minor's code, when and why it ended (no names: the record is closed).
import type { MessageKey } from "~/i18n";
import { useFormat, useT } from "~/i18n/react";

export interface EndedItem {
  code: string;
  endedAt: string | Date | null;
  endReason: string | null;
}

export function EndedList({ items }: { items: readonly EndedItem[] }) {
  const t = useT();
  const format = useFormat();
  if (items.length === 0) return null;
  return (
    <section className="tg-section" aria-labelledby="tg-ended">
      <h2 id="tg-ended">{t("tutelaguardian.ended.title")}</h2>
      <ul className="tg-ended">
        {items.map((e, i) => (
          <li key={`${e.code}-${i}`}>
            <span>
              {e.endedAt
                ? t("tutelaguardian.ended.item", { code: e.code, date: format.date(e.endedAt) })
                : t("tutelaguardian.ended.itemNoDate", { code: e.code })}
            </span>
            {e.endReason ? <span className="muted"> — {t(`tutele.endReason.${e.endReason}` as MessageKey)}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
