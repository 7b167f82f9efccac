// One open conflict: the file's and the portal's versions side by side (rendered), the line diff
// of their Markdown, and the two resolutions as POST forms.
import { Form, Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { DiffLine } from "../../conflicts.server";
import { RenderedMarkdown } from "./RenderedMarkdown";

interface VersionSide {
  id: string;
  number: number;
  title: string;
  bodyHtml: string;
}

export interface ConflictView {
  id: string;
  detectedAt: string | Date;
  moduleId: string;
  course: { slug: string; title: string };
  file: VersionSide;
  portal: VersionSide;
  portalAuthor: string | null;
  portalPublished: boolean;
  diff: DiffLine[];
}

export function ConflictCard({ conflict: c }: { conflict: ConflictView }) {
  const t = useT();
  const format = useFormat();
  const headingId = `conflict-${c.id}`;
  return (
    <section className="card conflict" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("authoring.conflicts.module", { module: c.portal.title, course: c.course.title })}</h2>
      <p className="muted">
        {t("authoring.conflicts.detected", { date: format.dateTime(c.detectedAt) })}{" "}
        <Link to={`/formazione/gestione/moduli/${c.moduleId}`}>{t("authoring.conflicts.editModule")}</Link>
      </p>
      {c.portalPublished ? <p>{t("authoring.conflicts.portalPublished")}</p> : null}
      <div className="conflict-sides">
        <div className="conflict-side">
          <h3>{t("authoring.conflicts.file", { number: c.file.number })}</h3>
          <RenderedMarkdown html={c.file.bodyHtml} />
        </div>
        <div className="conflict-side">
          <h3>{t("authoring.conflicts.portal", { number: c.portal.number, author: c.portalAuthor ?? "—" })}</h3>
          <RenderedMarkdown html={c.portal.bodyHtml} />
        </div>
      </div>
      <details className="conflict-diff">
        <summary>{t("authoring.conflicts.diff")}</summary>
        <pre>
          {c.diff.map((line, i) => (
            <span key={i} className={`diff-${line.kind}`}>
              {line.kind === "added" ? (
                <span className="visually-hidden">{t("authoring.conflicts.added")}: </span>
              ) : line.kind === "removed" ? (
                <span className="visually-hidden">{t("authoring.conflicts.removed")}: </span>
              ) : null}
              <span aria-hidden="true">{line.kind === "added" ? "+ " : line.kind === "removed" ? "- " : "  "}</span>
              {line.text}
              {"\n"}
            </span>
          ))}
        </pre>
      </details>
      <Form method="post" className="actions">
        <input type="hidden" name="conflictId" value={c.id} />
        <button type="submit" name="intent" value="kept_portal" className="button">
          {t("authoring.conflicts.keepPortal")}
        </button>
        <button type="submit" name="intent" value="took_file" className="button button-secondary">
          {t("authoring.conflicts.takeFile")}
        </button>
      </Form>
    </section>
  );
}
