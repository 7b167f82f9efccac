// The consultants' desk on /consulenze: counts, service-level lists, filters, queue and pages.
import { Link } from "@remix-run/react";
import { Pagination } from "~/components/ui/Pagination";
import { useFormat, useT } from "~/i18n/react";
import type { DistrictCode } from "~/modules/auth/roles";
import type { QueueQuery } from "../../schema";
import { DeskCounts, type DeskCountsData } from "./DeskCounts";
import { QueueFilters } from "./QueueFilters";
import { QueueTable, type QueueRow } from "./QueueTable";

export interface DeskData {
  query: QueueQuery;
  /** The current search string, without "?" (for building links that keep the filters). */
  search: string;
  rows: QueueRow[];
  total: number;
  page: number;
  pages: number;
  counts: DeskCountsData;
  assignees: { id: string; name: string }[];
  districts: DistrictCode[];
}

function withParams(search: string, set: Record<string, string | null>) {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(set)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const s = params.toString();
  return `/consulenze${s ? `?${s}` : ""}`;
}

export function DeskSection({ desk, now, userId, headingLevel = 2 }: { desk: DeskData; now: string; userId: string; headingLevel?: 1 | 2 }) {
  const t = useT();
  const format = useFormat();
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const { query } = desk;
  // Count links keep only the district: each shows one status or one list.
  const countHref = (params: Record<string, string>) => withParams(query.district ? `distretto=${query.district}` : "", params);
  const listLabel = query.list === "due24h" ? t("consultdesk.queue.listDue24h") : query.list === "overdue" ? t("consultdesk.queue.listOverdue") : null;
  return (
    <section className="consult-desk" aria-labelledby="consult-desk-title">
      <Heading id="consult-desk-title">{t(desk.districts.length > 1 ? "consultdesk.desk.titleAll" : "consultdesk.desk.title")}</Heading>
      <p className="muted prose">{t("consultdesk.desk.intro")}</p>
      <DeskCounts counts={desk.counts} active={{ status: query.status, list: query.list }} href={countHref} />
      <QueueFilters query={query} assignees={desk.assignees} districts={desk.districts} />
      {listLabel ? (
        <p className="alert consult-list-note">
          {listLabel}{" "}
          <Link to={withParams(desk.search, { scadenza: null, pagina: null })}>{t("consultdesk.queue.showAll")}</Link>
        </p>
      ) : null}
      <h3 id="consult-queue-title" className="consult-queue-title" aria-live="polite">
        {t("consultdesk.queue.title", { n: format.number(desk.total) })}
      </h3>
      {desk.rows.length === 0 ? (
        <p>{desk.total === 0 ? t("consultdesk.queue.empty") : t("consultdesk.queue.pageEmpty")}</p>
      ) : (
        <QueueTable rows={desk.rows} now={now} userId={userId} caption={t("consultdesk.queue.caption")} showDistrict={desk.districts.length > 1} />
      )}
      <Pagination page={desk.page} pages={desk.pages} href={(p) => withParams(desk.search, { pagina: p > 1 ? String(p) : null })} />
    </section>
  );
}
