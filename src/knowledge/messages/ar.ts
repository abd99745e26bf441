import type { KnowledgeMessageKey } from './en.ts';
import { knowledgeEn } from './en.ts';

// Placeholder until translated.
export const knowledgeAr: Record<KnowledgeMessageKey, string> = { ...knowledgeEn };
