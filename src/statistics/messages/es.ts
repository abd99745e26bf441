import type { StatisticsMessageKey } from './en.ts';

/** Spanish strings of this capability. */
export const statisticsEs: Record<StatisticsMessageKey, string> = {
  'statistics.error.implausible': "Esta cifra no es plausible para un país y un año (más de 10 millones).",
  'statistics.error.negative': "Una cifra no puede ser negativa: «{value}».",
  'statistics.error.not_integer': "Una cifra es un número entero: «{value}».",
  'statistics.error.not_a_count': "No es una cifra: «{value}». Escriba un número (1,282 vale), <5, «not available» o «not applicable».",
  'statistics.error.breakdown_exceeds_total': "El desglose suma {sum}, más que el total ({total}).",
  'statistics.error.breakdown_short_of_total': "El desglose suma {sum}, menos que el total ({total}).",
  'statistics.error.offences_have_no_sex_or_age': "Los delitos no se desglosan por sexo ni por edad.",
  'statistics.error.duplicate_value': "Este valor figura dos veces.",
  'statistics.error.duplicate_row': "Mismo país, año, indicador, dimensión, categoría, sexo y edad que la fila {row}.",
  'statistics.error.nothing_to_submit': "Todavía no hay valores que enviar.",
  'statistics.error.wrong_status': "No es posible mientras el cuestionario está en estado {status}.",
  'statistics.error.category_must_be_total': "La categoría de una dimensión «Total» es «Total».",
  'statistics.error.unknown_indicator': "Indicador desconocido «{value}».",
  'statistics.error.unknown_dimension': "Dimensión desconocida «{value}».",
  'statistics.error.unknown_sex': "Sexo desconocido «{value}» (Total, Female, Male, Other o Unknown).",
  'statistics.error.unknown_age': "Edad desconocida «{value}» (Total, 0 to 17 years, 18 years or over, Unknown).",
  'statistics.error.unknown_category': "Categoría desconocida «{value}».",
  'statistics.error.year': "No es un año: «{value}».",
  'statistics.error.missing_column': "Falta esta columna.",
  'statistics.error.unexpected_column': "Esta columna no forma parte del formato.",
  'statistics.warning.big_change': "Pasó de {previous} el año anterior a {current} ({change}): explíquelo en una nota.",
};
