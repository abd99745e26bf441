import type { DownloadTable } from '../core/files/write-table.ts';
import type { Translate } from '../core/i18n/i18n.ts';
import type { readQuestionnaire } from './assessment.ts';

type Questionnaire = Awaited<ReturnType<typeof readQuestionnaire>>;

/** A country's answers as a table (the XLSX export): one row per question, in the questionnaire's order. */
export function answersTable(questionnaire: Questionnaire, t: Translate): DownloadTable {
  const { cycle, country, questions, answers, files, legislation, comments } = questionnaire;
  return {
    filename: `review-${cycle.treaty_code}-v${cycle.version}-${country}`,
    sheetName: `${cycle.treaty_code} ${country}`,
    columns: [
      { key: 'article', label: t('review.article') }, { key: 'key', label: t('review.key') }, { key: 'question', label: t('review.question') },
      { key: 'answer', label: t('review.answer') }, { key: 'legislation', label: t('review.legislation') }, { key: 'files', label: t('review.files') },
      { key: 'comments', label: t('review.comments') },
    ],
    rows: questions.map((question) => {
      const answer = answers.get(question.id);
      const value = answer?.value ?? '';
      return {
        article: question.article, key: question.key, question: question.text,
        answer: question.type === 'yes_no' && value ? t(`review.yes_no.${value}`) : value,
        legislation: (answer?.legislation_ids ?? []).map((id) => `${legislation.get(id)?.title ?? ''} (/knowledge/records/${id})`).join('; '),
        files: files.filter((file) => file.answer_id === answer?.id).map((file) => file.filename).join('; '),
        comments: comments.filter((comment) => comment.question_id === question.id).map((comment) => `${comment.author_label}: ${comment.body}`).join('\n'),
      };
    }),
  };
}
