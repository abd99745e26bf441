import type { Translate } from '../../core/i18n/i18n.ts';
import { addDays } from '../dates.ts';
import { DUE_SOON_DAYS, isOpen } from '../vocabulary.ts';

/** "Overdue" or "due soon" beside an open request's deadline (the same rule as the dashboard's SQL). */
export function DeadlineMark(props: { t: Translate; status: string; dueOn: string | null; today: string }) {
  if (!props.dueOn || !isOpen(props.status)) return null;
  if (props.dueOn < props.today) return <span class="badge overdue">{props.t('cooperation.deadline.overdue')}</span>;
  if (props.dueOn <= addDays(props.today, DUE_SOON_DAYS)) return <span class="badge due-soon">{props.t('cooperation.deadline.due_soon')}</span>;
  return null;
}
