import { sql, type Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';

export interface TargetProgress {
  id: number; code: string; description: string; indicator: string; unit: string | null; baseline: number; targetValue: number; dueDate: string;
  latest: { date: string; value: number } | null;
  /** Share of the way from baseline to target, 0 to 1 (capped); 0 when never measured. */
  progress: number;
  achieved: boolean;
  overdue: boolean;
  measurements: { date: string; value: number }[];
}
export interface AreaProgress { id: number; name: string; targets: TargetProgress[]; progress: number; achieved: number; overdue: number }
export interface PlanDashboard {
  id: number; code: string; title: string; kind: string; countries: string[]; startDate: string; endDate: string; status: string; sample: boolean;
  programmeCode: string | null;
  areas: AreaProgress[]; progress: number; targets: number; achieved: number; overdue: number;
}

/** How far a measured value has come from the baseline towards the target (a target below the baseline is a decrease). */
export function progressOf(baseline: number, target: number, value: number | null): number {
  if (value === null) return 0;
  if (target === baseline) return value === target ? 1 : 0;
  return Math.max(0, Math.min(1, (value - baseline) / (target - baseline)));
}

/** Overdue: the due date has passed and the target is not achieved. */
export const isOverdue = (dueDate: string, achieved: boolean, today: string) => !achieved && dueDate < today;

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

export async function listPlans(db: Kysely<Database>, includeDrafts: boolean) {
  let query = db.selectFrom('pm_action_plans').select(['id', 'code', 'title', 'kind', 'countries', 'start_date', 'end_date', 'status', 'sample']).orderBy('start_date', 'desc');
  if (!includeDrafts) query = query.where('status', '=', 'published');
  return (await query.execute()).map((row) => ({ ...row, id: Number(row.id) }));
}

/** A plan with the progress of every target (from its latest measure), per area and overall. */
export async function planDashboard(db: Kysely<Database>, id: number, today = new Date().toISOString().slice(0, 10)): Promise<PlanDashboard | undefined> {
  if (!Number.isSafeInteger(id)) return undefined;
  const plan = await db.selectFrom('pm_action_plans as p').leftJoin('pm_programmes as g', 'g.id', 'p.programme_id').selectAll('p').select('g.code as programme_code')
    .where('p.id', '=', id).executeTakeFirst();
  if (!plan) return undefined;
  const rows = await sql<{ area_id: number; area: string; position: number; id: number | null; code: string; description: string; indicator: string; unit: string | null; baseline: number; target_value: number; due_date: string; history: { date: string; value: number }[] | null }>`
    select ar.id as area_id, ar.name as area, ar.position, t.id, t.code, t.description, t.indicator, t.unit, t.baseline, t.target_value, t.due_date,
      (select json_agg(json_build_object('date', to_char(m.measured_on, 'YYYY-MM-DD'), 'value', m.value) order by m.measured_on) from pm_plan_measurements m where m.target_id = t.id) as history
    from pm_plan_areas ar left join pm_plan_targets t on t.area_id = ar.id
    where ar.plan_id = ${id} order by ar.position, t.id`.execute(db);
  const areas = new Map<number, AreaProgress>();
  for (const row of rows.rows) {
    const area = areas.get(Number(row.area_id)) ?? { id: Number(row.area_id), name: row.area, targets: [], progress: 0, achieved: 0, overdue: 0 };
    areas.set(area.id, area);
    if (row.id === null) continue;
    const measurements = (row.history ?? []).map((item) => ({ date: item.date, value: Number(item.value) }));
    const latest = measurements.at(-1) ?? null;
    const baseline = Number(row.baseline);
    const targetValue = Number(row.target_value);
    const progress = progressOf(baseline, targetValue, latest?.value ?? null);
    const achieved = progress >= 1;
    area.targets.push({
      id: Number(row.id), code: row.code, description: row.description, indicator: row.indicator, unit: row.unit, baseline, targetValue, dueDate: row.due_date,
      latest, progress, achieved, overdue: isOverdue(row.due_date, achieved, today), measurements,
    });
  }
  const list = [...areas.values()].map((area) => ({
    ...area, progress: mean(area.targets.map((target) => target.progress)),
    achieved: area.targets.filter((target) => target.achieved).length, overdue: area.targets.filter((target) => target.overdue).length,
  }));
  const targets = list.flatMap((area) => area.targets);
  return {
    id: Number(plan.id), code: plan.code, title: plan.title, kind: plan.kind, countries: plan.countries, startDate: plan.start_date, endDate: plan.end_date,
    status: plan.status, sample: plan.sample, programmeCode: plan.programme_code, areas: list, progress: mean(targets.map((target) => target.progress)), targets: targets.length,
    achieved: targets.filter((target) => target.achieved).length, overdue: targets.filter((target) => target.overdue).length,
  };
}
