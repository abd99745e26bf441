import type { FieldError } from '../core/errors.ts';
import type { QuestionRow } from './repository.ts';

/** What a focal point sent for one question: a value, legislation from the knowledge portal, a file. */
export interface AnswerInput {
  questionId: number;
  value?: string;
  legislationIds?: number[];
  file?: { filename: string; bytes: Uint8Array };
}

export const MAX_ANSWER_FILE_BYTES = 10 * 1024 * 1024;
export const ANSWER_FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const fieldOf = (questionId: number) => `q_${questionId}`;

/** The value as stored, or an error naming the question's field. Empty means "not answered yet". */
export function checkValue(question: QuestionRow, raw: string | undefined): { value: string | null; error?: FieldError } {
  const field = fieldOf(question.id);
  const text = (raw ?? '').trim();
  if (!text) return { value: null };
  switch (question.type) {
    case 'yes_no':
      return text === 'yes' || text === 'no' ? { value: text } : { value: null, error: { field, message: 'error.not_allowed_value' } };
    case 'choice':
      return question.choices.includes(text) ? { value: text } : { value: null, error: { field, message: 'error.not_allowed_value' } };
    case 'number': {
      const normalised = text.replace(/\s/g, '');
      return /^-?\d+(\.\d+)?$/.test(normalised) && Number.isFinite(Number(normalised)) ? { value: normalised } : { value: null, error: { field, message: 'review.error.number' } };
    }
    case 'text':
      return text.length <= 20_000 ? { value: text } : { value: null, error: { field, message: 'error.too_long', params: { max: 20_000 } } };
    default:
      return { value: null };
  }
}

/** The content type of an accepted attachment, or an error. */
export function checkFile(questionId: number, file: { filename: string; bytes: Uint8Array }): { contentType?: string; error?: FieldError } {
  const field = fieldOf(questionId);
  const extension = file.filename.toLowerCase().split('.').pop() ?? '';
  const contentType = ANSWER_FILE_TYPES[extension];
  if (!contentType) return { error: { field, message: 'review.error.file_type', params: { types: Object.keys(ANSWER_FILE_TYPES).join(', ') } } };
  if (file.bytes.byteLength > MAX_ANSWER_FILE_BYTES) return { error: { field, message: 'error.file_too_large', params: { max: MAX_ANSWER_FILE_BYTES / 1024 / 1024 } } };
  if (extension === 'pdf' && new TextDecoder().decode(file.bytes.subarray(0, 5)) !== '%PDF-') return { error: { field, message: 'review.error.file_type', params: { types: 'pdf' } } };
  return { contentType };
}
