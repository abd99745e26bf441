import type { StatisticsMessageKey } from './en.ts';

/** Arabic strings of this capability. */
export const statisticsAr: Record<StatisticsMessageKey, string> = {
  'statistics.error.implausible': "هذا العدد غير معقول لبلد واحد وسنة واحدة (أكثر من 10 ملايين).",
  'statistics.error.negative': "لا يمكن أن يكون العدد سالبًا: \"{value}\".",
  'statistics.error.not_integer': "العدد رقم صحيح: \"{value}\".",
  'statistics.error.not_a_count': "ليس عددًا: \"{value}\". أدخل رقمًا (1,282 مقبول) أو <5 أو \"not available\" أو \"not applicable\".",
  'statistics.error.breakdown_exceeds_total': "مجموع التفصيل {sum}، وهو أكبر من المجموع الكلي ({total}).",
  'statistics.error.breakdown_short_of_total': "مجموع التفصيل {sum}، وهو أقل من المجموع الكلي ({total}).",
  'statistics.error.offences_have_no_sex_or_age': "لا تُفصَّل الجرائم حسب الجنس أو العمر.",
  'statistics.error.duplicate_value': "هذه القيمة مذكورة مرتين.",
  'statistics.error.duplicate_row': "البلد والسنة والمؤشر والبعد والفئة والجنس والعمر نفسها كما في الصف {row}.",
  'statistics.error.nothing_to_submit': "لا توجد قيم لتقديمها بعد.",
  'statistics.error.wrong_status': "غير ممكن ما دامت حالة الاستبيان {status}.",
  'statistics.error.category_must_be_total': "فئة البعد \"Total\" هي \"Total\".",
  'statistics.error.unknown_indicator': "مؤشر غير معروف \"{value}\".",
  'statistics.error.unknown_dimension': "بعد غير معروف \"{value}\".",
  'statistics.error.unknown_sex': "جنس غير معروف \"{value}\" (Total أو Female أو Male أو Other أو Unknown).",
  'statistics.error.unknown_age': "عمر غير معروف \"{value}\" (Total أو 0 to 17 years أو 18 years or over أو Unknown).",
  'statistics.error.unknown_category': "فئة غير معروفة \"{value}\".",
  'statistics.error.year': "ليست سنة: \"{value}\".",
  'statistics.error.missing_column': "هذا العمود مفقود.",
  'statistics.error.unexpected_column': "هذا العمود ليس جزءًا من الشكل.",
  'statistics.warning.big_change': "تغيّر من {previous} في العام الماضي إلى {current} ({change}): اشرح ذلك في ملاحظة.",
};
