// The request an entry is written from, read-only, beside the form: for the consultant's
// reference only (never part of the entry). HTML comes sanitised from the Markdown pipeline.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";

export interface SourceView {
  id: string;
  number: number;
  category: string;
  subject: string;
  descriptionHtml: string;
  messages: readonly { id: string; authorRole: "guardian" | "consultant"; bodyHtml: string; createdAt: Date | string }[];
}

export function FaqSourcePanel({ source }: { source: SourceView }) {
  const t = useT();
  const format = useFormat();
  return (
    <aside className="card faq-source" aria-labelledby="faq-source-title">
      <h2 id="faq-source-title">{t("faq.source.title")}</h2>
      <p className="hint">{t("faq.source.hint")}</p>
      <dl className="faq-source-facts">
        <dt>{t("faq.source.subject")}</dt>
        <dd>
          {source.subject} <span className="muted">({t("consultations.number", { number: source.number })})</span>
        </dd>
      </dl>
      <h3>{t("faq.source.description")}</h3>
      <div className="prose rendered-md faq-source-text" dangerouslySetInnerHTML={{ __html: source.descriptionHtml }} />
      <h3>{t("faq.source.thread")}</h3>
      {source.messages.length === 0 ? (
        <p>{t("faq.source.noMessages")}</p>
      ) : (
        <ol className="faq-source-thread">
          {source.messages.map((m) => (
            <li key={m.id} className={`faq-source-message faq-source-${m.authorRole}`}>
              <p className="faq-source-meta">
                <strong>{m.authorRole === "guardian" ? t("faq.source.guardian") : t("faq.source.consultant")}</strong> ·{" "}
                <span className="muted">{format.dateTime(m.createdAt)}</span>
              </p>
              <div className="prose rendered-md faq-source-text" dangerouslySetInnerHTML={{ __html: m.bodyHtml }} />
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link to={`/consulenze/${source.id}`}>{t("faq.source.open")}</Link>
      </p>
    </aside>
  );
}
