import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { recordAuditBatch } from '../core/audit/audit-log.ts';
import { parseInput } from '../core/validation.ts';
import { activitySchema, outcomeSchema, participantSchema, type ParticipantData } from './schemas.ts';
import { activityRow, loadReferences, outcomeRow, replaceParticipantLists, syncActivityCountries, syncOutcomeProgrammes } from './store.ts';

const SAMPLE_FILE = new URL('../../samples/programmes/programmes.json', import.meta.url);
const SAMPLE_AUDIT = { userId: null, label: 'sample-data' };

interface SampleFile {
  programmes: { code: string; name: string; kind: string; parent?: string; crimeFocus: string; donors: string[]; startDate: string | null; endDate: string | null; countries: string[] }[];
  projects: { code: string; programme: string; name: string; startDate: string | null; endDate: string | null }[];
  activities: unknown[];
  participants: unknown[];
  outcomes: (Record<string, unknown> & { knowledgeExternalId?: string })[];
  actionPlans: {
    code: string; title: string; kind: string; countries: string[]; startDate: string; endDate: string; programme?: string; status: string;
    areas: { name: string; targets: { code: string; description: string; indicator: string; unit: string | null; baseline: number; targetValue: number; dueDate: string; measurements: { date: string; value: number }[] }[] }[];
  }[];
}

/**
 * Loads the sample programmes, activities, participant lists, outcomes and action plan
 * (samples/programmes/programmes.json, fictional and marked as samples) unless some are there.
 * Outcomes about laws link to the knowledge portal's sample legislation when it is loaded.
 */
export async function loadProgrammesSamples(db: Kysely<Database>): Promise<number> {
  const present = await db.selectFrom('pm_programmes').select('id').where('sample', '=', true).limit(1).executeTakeFirst();
  if (present) return 0;
  const file = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as SampleFile;
  return db.transaction().execute(async (trx) => {
    for (const programme of file.programmes) {
      const parent = programme.parent ? await trx.selectFrom('pm_programmes').select('id').where('code', '=', programme.parent).executeTakeFirstOrThrow() : undefined;
      await trx.insertInto('pm_programmes').values({
        code: programme.code, name: programme.name, kind: programme.kind, parent_id: parent ? Number(parent.id) : null, crime_focus: programme.crimeFocus,
        donors: programme.donors, start_date: programme.startDate, end_date: programme.endDate, countries: programme.countries, sample: true,
      }).execute();
    }
    const programmeIds = new Map((await trx.selectFrom('pm_programmes').select(['id', 'code']).execute()).map((row) => [row.code, Number(row.id)]));
    for (const project of file.projects) {
      await trx.insertInto('pm_projects').values({ code: project.code, programme_id: programmeIds.get(project.programme)!, name: project.name, start_date: project.startDate, end_date: project.endDate, sample: true }).execute();
    }
    const refs = await loadReferences(trx, {});
    const activityRows = file.activities.map((input) => activityRow(parseInput(activitySchema, input), refs));
    const activityIds: number[] = [];
    for (let start = 0; start < activityRows.length; start += 200) {
      const inserted = await trx.insertInto('pm_activities').values(activityRows.slice(start, start + 200)).returning('id').execute();
      activityIds.push(...inserted.map((row) => Number(row.id)));
    }
    await syncActivityCountries(trx, activityIds);
    const byExternalId = new Map(activityRows.map((row, index) => [row.external_id!, activityIds[index]]));
    const lists = new Map<number, ParticipantData[]>();
    for (const input of file.participants) {
      const person = parseInput(participantSchema, input);
      const id = byExternalId.get(person.activity)!;
      lists.set(id, [...(lists.get(id) ?? []), person]);
    }
    await replaceParticipantLists(trx, lists);

    const laws = new Map((await trx.selectFrom('kn_records').select(['id', 'external_id']).where('kind', '=', 'legislation').where('sample', '=', true).execute())
      .map((row) => [row.external_id, Number(row.id)]));
    const outcomeRefs = { ...refs, activities: byExternalId, legislation: new Set(laws.values()) };
    const outcomeRows = file.outcomes.map(({ knowledgeExternalId, ...input }) => {
      const law = knowledgeExternalId ? laws.get(knowledgeExternalId) : undefined;
      return outcomeRow(parseInput(outcomeSchema, { ...input, knowledgeRecord: law }), outcomeRefs);
    });
    const outcomeIds = (await trx.insertInto('pm_outcomes').values(outcomeRows).returning('id').execute()).map((row) => Number(row.id));
    await syncOutcomeProgrammes(trx, { outcomeIds });

    let targets = 0;
    for (const plan of file.actionPlans) {
      const { id: planId } = await trx.insertInto('pm_action_plans').values({
        code: plan.code, title: plan.title, kind: plan.kind, countries: plan.countries, start_date: plan.startDate, end_date: plan.endDate,
        programme_id: plan.programme ? programmeIds.get(plan.programme) ?? null : null, status: plan.status, sample: true,
      }).returning('id').executeTakeFirstOrThrow();
      for (const [position, area] of plan.areas.entries()) {
        const { id: areaId } = await trx.insertInto('pm_plan_areas').values({ plan_id: Number(planId), position: position + 1, name: area.name }).returning('id').executeTakeFirstOrThrow();
        for (const target of area.targets) {
          const { id: targetId } = await trx.insertInto('pm_plan_targets').values({
            area_id: Number(areaId), code: target.code, description: target.description, indicator: target.indicator, unit: target.unit,
            baseline: target.baseline, target_value: target.targetValue, due_date: target.dueDate,
          }).returning('id').executeTakeFirstOrThrow();
          if (target.measurements.length) {
            await trx.insertInto('pm_plan_measurements').values(target.measurements.map((m) => ({ target_id: Number(targetId), measured_on: m.date, value: m.value, note: null }))).execute();
          }
          targets++;
        }
      }
    }
    await recordAuditBatch(trx, SAMPLE_AUDIT, [
      { action: 'programmes.samples.load', entityType: 'programmes.sample_data', after: { programmes: file.programmes.length, projects: file.projects.length, participants: file.participants.length, actionPlans: file.actionPlans.length, targets } },
      ...activityIds.map((id, index) => ({ action: 'programmes.activity.create', entityType: 'programmes.activity', entityId: id, after: activityRows[index] })),
      ...outcomeIds.map((id, index) => ({ action: 'programmes.outcome.create', entityType: 'programmes.outcome', entityId: id, after: outcomeRows[index] })),
    ]);
    return file.programmes.length + activityIds.length + outcomeIds.length + file.actionPlans.length;
  });
}
