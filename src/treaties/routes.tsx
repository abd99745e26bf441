import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppContext, AppDeps, AppEnv, NavProvider } from '../core/http/context.ts';
import { formErrors, formText, readForm, type FormData, failedFormStatus } from '../core/http/forms.ts';
import { renderPage } from '../core/http/render.ts';
import { allows, authorize } from '../core/access/policy.ts';
import { notFound, ValidationError } from '../core/errors.ts';
import { getCountry } from '../core/geo/countries.ts';
import { tableDownload, type TableDownloadFormat } from '../core/files/write-table.ts';
import { countryName } from '../core/geo/countries.ts';
import { treatiesPolicy } from './policy.ts';
import { findCountryTexts, findTreaty, listEventRows, listTreaties, toEvents } from './repository.ts';
import { statusFromEvents, today, treatyStatus } from './status.ts';
import { addEvent, addTreaty, deleteEvent, saveCountryTexts, type TreatyInput } from './service.ts';
import { importTreatyStatus, treatyStatusTable } from './transfer.ts';
import { ImportRejected } from '../core/files/import-problems.ts';
import { partyPeriods, statusOn } from './parties.ts';
import { presentParty } from './presenters.ts';
import { dateAsWritten, isRealDate } from './event-input.ts';
import { TreatiesIndexPage } from './views/index-page.tsx';
import { TreatyPage } from './views/treaty-page.tsx';
import { TreatyCountryPage } from './views/country-page.tsx';
import { NewTreatyPage, TreatyImportPage } from './views/forms-pages.tsx';
import { actionLabel } from './views/labels.ts';

/** Links this capability adds to the main navigation (each checked against its policy). */
export const treatiesNavigation: NavProvider = ({ t, actor }) => (allows(treatiesPolicy, actor, 'treaties.view') ? [{ href: '/treaties', label: t('nav.treaties') }] : []);

/** The ?date= of a status page or API call: today when absent; a wrong one is reported, not guessed. */
function dateParam(c: AppContext): { date: string; error?: string } {
  const value = c.req.query('date');
  if (value === undefined || value === '') return { date: today() };
  if (isRealDate(value)) return { date: value };
  return { date: today(), error: 'treaties.error.date_param' };
}

const textValues = (form: FormData, names: string[]) => Object.fromEntries(names.map((name) => [name, formText(form, name)]));

/** Pages and /api routes of this capability. */
export function treatiesRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  const viewer = (c: AppContext) => {
    const state = c.get('state');
    authorize(treatiesPolicy, state.actor, 'treaties.view');
    return state;
  };

  app.get('/treaties', async (c) => {
    const state = viewer(c);
    const { date, error } = dateParam(c);
    const treaties = await listTreaties(db);
    const events = await listEventRows(db);
    const statuses = treaties.map((treaty) => statusFromEvents(treaty, toEvents(events.filter((row) => row.treaty_code === treaty.code), treaty.withdrawal_delay_months), date));
    return renderPage(c, <TreatiesIndexPage state={state} date={date} dateError={error} statuses={statuses} notice={c.req.query('done')}
      canAdd={allows(treatiesPolicy, state.actor, 'treaties.addTreaty')} canEdit={allows(treatiesPolicy, state.actor, 'treaties.editStatus')} />, error ? 422 : 200);
  });

  app.get('/treaties/new', (c) => {
    const state = viewer(c);
    authorize(treatiesPolicy, state.actor, 'treaties.addTreaty');
    return renderPage(c, <NewTreatyPage state={state} values={{}} errors={[]} />);
  });

  app.post('/treaties/new', async (c) => {
    const state = viewer(c);
    authorize(treatiesPolicy, state.actor, 'treaties.addTreaty');
    const values = textValues(await readForm(c), ['code', 'name', 'shortName', 'adoptedOn', 'withdrawalDelayMonths']);
    try {
      const code = await addTreaty(db, state.actor, values as unknown as TreatyInput);
      return c.redirect(`/treaties/${code}`, 303);
    } catch (error) {
      return renderPage(c, <NewTreatyPage state={state} values={values} errors={formErrors(error, 'code')} />, failedFormStatus(error));
    }
  });

  app.get('/treaties/import', (c) => {
    const state = viewer(c);
    authorize(treatiesPolicy, state.actor, 'treaties.import');
    return renderPage(c, <TreatyImportPage state={state} errors={[]} />);
  });

  app.post('/treaties/import', async (c) => {
    const state = viewer(c);
    authorize(treatiesPolicy, state.actor, 'treaties.import');
    const body = await c.req.parseBody();
    const file = body.file instanceof File && body.file.size > 0 ? body.file : undefined;
    try {
      if (!file) throw new ValidationError([{ field: 'file', message: 'treaties.error.no_file' }]);
      const report = await importTreatyStatus(db, state.actor, { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name });
      return renderPage(c, <TreatyImportPage state={state} errors={[]} report={report} filename={file.name} />);
    } catch (error) {
      if (error instanceof ImportRejected) return renderPage(c, <TreatyImportPage state={state} errors={[]} problems={error.problems} filename={file?.name} />, 422);
      return renderPage(c, <TreatyImportPage state={state} errors={formErrors(error, 'file')} filename={file?.name} />, failedFormStatus(error));
    }
  });

  for (const format of ['csv', 'xlsx'] as TableDownloadFormat[]) {
    app.get(`/treaties/export.${format}`, async (c) => {
      viewer(c);
      const treaty = c.req.query('treaty')?.toUpperCase();
      return tableDownload(await treatyStatusTable(db, treaty || undefined), format);
    });
    app.get(`/treaties/:code/parties.${format}`, async (c) => {
      const state = viewer(c);
      const { date, error } = dateParam(c);
      if (error) throw new ValidationError([{ field: 'date', message: error }]);
      const status = await treatyStatus(db, c.req.param('code'), date);
      return tableDownload({
        filename: `${status.treaty.code}-parties-${date}`,
        columns: [{ key: 'iso3', label: 'iso3' }, { key: 'name', label: state.t('treaties.country') }, { key: 'since', label: state.t('treaties.since') }, { key: 'action', label: state.t('treaties.by') }, { key: 'illustrative', label: state.t('treaties.illustrative') }],
        rows: status.parties.map((party) => ({ iso3: party.country, name: countryName(party.country, state.locale), since: dateAsWritten(party.since, party.precision), action: actionLabel(state.t, party.action), illustrative: party.illustrative ? state.t('treaties.yes') : '' })),
      }, format);
    });
  }

  app.get('/treaties/:code', async (c) => {
    const state = viewer(c);
    const { date, error } = dateParam(c);
    const status = await treatyStatus(db, c.req.param('code'), date);
    return renderPage(c, <TreatyPage state={state} status={status} dateError={error} canEdit={allows(treatiesPolicy, state.actor, 'treaties.editStatus')} />, error ? 422 : 200);
  });

  async function renderCountry(c: AppContext, extra: Partial<Parameters<typeof TreatyCountryPage>[0]> = {}, status: ContentfulStatusCode = 200) {
    const state = viewer(c);
    const treaty = await findTreaty(db, c.req.param('code') ?? '');
    const country = getCountry(c.req.param('iso3') ?? '');
    if (!treaty || !country || country.iso3 !== c.req.param('iso3')?.toUpperCase()) throw notFound();
    const rows = await listEventRows(db, { treaty: treaty.code, country: country.iso3 });
    const events = toEvents(rows, treaty.withdrawal_delay_months);
    const date = today();
    const periods = partyPeriods(events);
    const statusToday = statusOn(events, periods, date);
    return renderPage(c, <TreatyCountryPage state={state} treaty={treaty} iso3={country.iso3} events={rows} texts={await findCountryTexts(db, treaty.code, country.iso3)}
      statusToday={statusToday} periods={periods} today={date} canEdit={allows(treatiesPolicy, state.actor, 'treaties.editStatus')} notice={c.req.query('done')} {...extra} />, status);
  }

  app.get('/treaties/:code/countries/:iso3', (c) => renderCountry(c));

  app.post('/treaties/:code/countries/:iso3/events', async (c) => {
    const state = viewer(c);
    authorize(treatiesPolicy, state.actor, 'treaties.editStatus');
    const values = textValues(await readForm(c), ['action', 'date', 'effective_date', 'source']);
    const code = c.req.param('code').toUpperCase();
    const iso3 = c.req.param('iso3').toUpperCase();
    try {
      await addEvent(db, state.actor, { action: values.action ?? '', date: values.date ?? '', effective_date: values.effective_date, source: values.source, country: iso3, treaty: code });
      return c.redirect(`/treaties/${code}/countries/${iso3}?done=action_added`, 303);
    } catch (error) {
      return renderCountry(c, { eventValues: values, eventErrors: formErrors(error, 'action') }, failedFormStatus(error));
    }
  });

  app.post('/treaties/:code/countries/:iso3/events/:id/delete', async (c) => {
    const state = viewer(c);
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id)) throw notFound();
    const event = await db.selectFrom('tr_events').select(['treaty_code', 'country']).where('id', '=', id).executeTakeFirst();
    if (!event || event.treaty_code !== c.req.param('code').toUpperCase() || event.country !== c.req.param('iso3').toUpperCase()) throw notFound();
    await deleteEvent(db, state.actor, id);
    return c.redirect(`/treaties/${event.treaty_code}/countries/${event.country}?done=action_deleted`, 303);
  });

  app.post('/treaties/:code/countries/:iso3/texts', async (c) => {
    const state = viewer(c);
    const values = textValues(await readForm(c), ['declarations', 'reservations', 'notes']);
    const code = c.req.param('code').toUpperCase();
    const iso3 = c.req.param('iso3').toUpperCase();
    try {
      await saveCountryTexts(db, state.actor, code, iso3, values);
      return c.redirect(`/treaties/${code}/countries/${iso3}?done=texts_saved`, 303);
    } catch (error) {
      return renderCountry(c, { textValues: values, textErrors: formErrors(error, 'notes') }, failedFormStatus(error));
    }
  });

  app.get('/api/treaties/:code/parties', async (c) => {
    viewer(c);
    const { date, error } = dateParam(c);
    if (error) throw new ValidationError([{ field: 'date', message: error }]);
    const status = await treatyStatus(db, c.req.param('code'), date);
    return c.json({ treaty: status.treaty.code, date, count: status.parties.length, parties: status.parties.map(presentParty) });
  });

  return app;
}
