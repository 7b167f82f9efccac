// The audit log: 1,000,000 rows (at scale 1) of the kinds the app writes, over the districts —
// the history of every minor and appointment (minor.create, appointment.propose/accept/decline/
// activate/end/withdraw, minor.close), changes in the elenco (guardian.state), role grants, module
// edits, consultants' reads of requests (consultation.read) and, filling the rest, reads of
// minors' records by their guardians and the district's coordinators (minor.read). All written
// by INSERT … SELECT from the rows already there.
import type { Ctx } from "./context";
import type { People } from "./people";

export async function seedAudit(ctx: Ctx, people: People): Promise<Record<string, number>> {
  const { sql } = ctx;
  const now = new Date(ctx.base.getTime() - 60_000);
  const counts: Record<string, number> = {};
  const history = await sql`
    insert into audit_log (actor_id, action, entity_type, entity_id, district_code, details, created_at)
    select m.created_by_id, 'minor.create', 'minor', m.id::text, m.district_code, jsonb_build_object('code', m.code), m.created_at from minors m
    union all
    select m.created_by_id, 'minor.close', 'minor', m.id::text, m.district_code,
      jsonb_build_object('code', m.code, 'endReason', 'left_untraceable', 'endedOn', to_char(m.updated_at, 'YYYY-MM-DD')), m.updated_at
      from minors m where m.status = 'ended' and not exists (select 1 from appointments a where a.minor_id = m.id)
    union all
    select a.proposed_by_id, 'appointment.propose', 'minor', a.minor_id::text, m.district_code,
      jsonb_build_object('code', m.code, 'guardianId', a.guardian_id, 'override', false), a.proposed_at
      from appointments a join minors m on m.id = a.minor_id
    union all
    select a.guardian_id, case when a.status = 'declined' then 'appointment.decline' else 'appointment.accept' end, 'minor', a.minor_id::text, m.district_code,
      jsonb_build_object('code', m.code), a.responded_at
      from appointments a join minors m on m.id = a.minor_id where a.responded_at is not null
    union all
    select a.proposed_by_id, 'appointment.activate', 'minor', a.minor_id::text, m.district_code,
      jsonb_build_object('code', m.code, 'decreeDate', a.decree_date::text), a.activated_at
      from appointments a join minors m on m.id = a.minor_id where a.activated_at is not null
    union all
    select a.proposed_by_id, case when a.status = 'ended' then 'appointment.end' else 'appointment.withdraw' end, 'minor', a.minor_id::text, m.district_code,
      jsonb_build_object('code', m.code, 'endReason', a.end_reason, 'endedOn', to_char(a.ended_at, 'YYYY-MM-DD')), a.ended_at
      from appointments a join minors m on m.id = a.minor_id where a.ended_at is not null
    union all
    select h.changed_by_id, 'guardian.state', 'user', h.user_id::text, h.district_code,
      jsonb_build_object('from', case when h.state = 'listed' then 'candidate' else 'listed' end, 'to', h.state, 'override', false), h.changed_at
      from guardian_state_history h where h.changed_by_id is not null
    union all
    select ${people.bench.admin.id}::uuid, 'role.grant', 'user', r.user_id::text, r.district_code, jsonb_build_object('role', r.role), r.granted_at
      from user_roles r where r.role in ('coordinator', 'legal_consultant', 'trainer')
    union all
    select v.author_id, 'training.module.save', 'module', v.module_id::text, null, jsonb_build_object('courseId', m.course_id, 'version', v.number), v.created_at
      from module_versions v join modules m on m.id = v.module_id where v.source = 'portal'
    union all
    select v.author_id, 'training.module.publish', 'module', v.module_id::text, null, jsonb_build_object('courseId', m.course_id, 'version', v.number), v.created_at + interval '1 minute'
      from module_versions v join modules m on m.id = v.module_id where v.source = 'portal' and m.published_version_id = v.id`;
  counts.history = history.count;

  // Consultants open the requests of their district: one to four reads each.
  const reads = await sql`
    insert into audit_log (actor_id, action, entity_type, entity_id, district_code, details, created_at)
    select c.assignee_id, 'consultation.read', 'consultation', c.id::text, c.district_code, '{"viewer":"consultant"}'::jsonb,
      c.created_at + bench.rnd(c.number * 10 + g, 61) * (c.last_activity_at - c.created_at) + interval '1 minute'
    from consultations c cross join lateral generate_series(1, bench.pick(c.number, 60, 4)) g
    where c.assignee_id is not null`;
  counts.consultationReads = reads.count;

  // The rest: reads of minors' records during their guardianships, by the guardian (mostly) or a coordinator.
  await sql`drop table if exists bench_audit_appointments`;
  await sql`
    create temporary table bench_audit_appointments as
    select row_number() over (order by a.id)::int as n, a.minor_id, m.code, m.district_code, a.guardian_id, a.proposed_by_id,
      a.activated_at as from_at, least(coalesce(a.ended_at, ${now}::timestamptz), ${now}::timestamptz) as until_at
    from appointments a join minors m on m.id = a.minor_id
    where a.status in ('active', 'ended') and a.activated_at is not null`;
  await sql`create index on bench_audit_appointments (n)`;
  const [{ appointments }] = await sql<{ appointments: number }[]>`select count(*)::int as appointments from bench_audit_appointments`;
  const rest = Math.max(0, ctx.count(1_000_000) - counts.history - counts.consultationReads);
  if (appointments > 0 && rest > 0) {
    const minorReads = await sql`
      insert into audit_log (actor_id, action, entity_type, entity_id, district_code, details, created_at)
      select case when x.guardian then a.guardian_id else a.proposed_by_id end, 'minor.read', 'minor', a.minor_id::text, a.district_code,
        jsonb_build_object('code', a.code, 'as', case when x.guardian then 'guardian' else 'coordinator' end),
        a.from_at + bench.rnd(g, 72) * (a.until_at - a.from_at)
      from generate_series(1, ${rest}::int) g
      cross join lateral (select bench.rnd(g, 71) < 0.7 as guardian, bench.pick(g, 70, ${appointments}::int) as n) x
      join bench_audit_appointments a on a.n = x.n`;
    counts.minorReads = minorReads.count;
  }
  return counts;
}
