import type { FieldError } from '../../core/errors.ts';
import { ROLES } from '../../core/access/roles.ts';
import type { Translate } from '../../core/i18n/i18n.ts';
import { Field } from '../../core/http/components.tsx';

/** Role checkboxes and the countries field for country-scoped roles. */
export function RoleFields(props: { t: Translate; roles: string[]; countries: string; errors: FieldError[] }) {
  const { t } = props;
  const rolesError = props.errors.find((error) => error.field === 'roles');
  return (
    <>
      <fieldset id="field-roles" class={rolesError ? 'invalid' : undefined}>
        <legend>{t('admin.roles')}</legend>
        {rolesError ? <p class="field-error">{t(rolesError.message, rolesError.params)}</p> : null}
        {ROLES.map((role) => (
          <label class="check">
            <input type="checkbox" name="roles" value={role} checked={props.roles.includes(role)} />
            <span>{t(`role.${role}`)}</span>
            <span class="hint">{t(`role.${role}.hint`)}</span>
          </label>
        ))}
      </fieldset>
      <Field t={t} name="countries" label={t('admin.countries')} hint={t('admin.countries_hint')} value={props.countries} errors={props.errors} />
    </>
  );
}
