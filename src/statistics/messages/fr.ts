import type { StatisticsMessageKey } from './en.ts';

/** French strings of this capability. */
export const statisticsFr: Record<StatisticsMessageKey, string> = {
  'statistics.error.implausible': "Ce nombre n’est pas plausible pour un pays et une année (plus de 10 millions).",
  'statistics.error.negative': "Un nombre ne peut pas être négatif : « {value} ».",
  'statistics.error.not_integer': "Un nombre est entier : « {value} ».",
  'statistics.error.not_a_count': "Pas un nombre : « {value} ». Saisissez un nombre (1,282 convient), <5, « not available » ou « not applicable ».",
  'statistics.error.breakdown_exceeds_total': "La ventilation totalise {sum}, plus que le total ({total}).",
  'statistics.error.breakdown_short_of_total': "La ventilation totalise {sum}, moins que le total ({total}).",
  'statistics.error.offences_have_no_sex_or_age': "Les infractions n’ont pas de ventilation par sexe ni par âge.",
  'statistics.error.duplicate_value': "Cette valeur est donnée deux fois.",
  'statistics.error.duplicate_row': "Mêmes pays, année, indicateur, dimension, catégorie, sexe et âge que la ligne {row}.",
  'statistics.error.nothing_to_submit': "Il n’y a encore aucune valeur à soumettre.",
  'statistics.error.wrong_status': "Impossible tant que le questionnaire est à l’état {status}.",
  'statistics.error.category_must_be_total': "La catégorie d’une dimension « Total » est « Total ».",
  'statistics.error.unknown_indicator': "Indicateur inconnu « {value} ».",
  'statistics.error.unknown_dimension': "Dimension inconnue « {value} ».",
  'statistics.error.unknown_sex': "Sexe inconnu « {value} » (Total, Female, Male, Other ou Unknown).",
  'statistics.error.unknown_age': "Âge inconnu « {value} » (Total, 0 to 17 years, 18 years or over, Unknown).",
  'statistics.error.unknown_category': "Catégorie inconnue « {value} ».",
  'statistics.error.year': "Pas une année : « {value} ».",
  'statistics.error.missing_column': "Cette colonne manque.",
  'statistics.error.unexpected_column': "Cette colonne ne fait pas partie du format.",
  'statistics.warning.big_change': "Passé de {previous} l’an dernier à {current} ({change}) : expliquez-le dans une note.",
};
