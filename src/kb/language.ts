// The languages the bot answers in, and the knowledge base for one of them. Chinese is the default
// and the reference: the English view (kb.en, built once at load from the reviewed `en` fields) has
// the same ids, numbers and order, with every user-facing text in English.
import type { KnowledgeBase } from './loadKnowledge.js';

export type Lang = 'zh' | 'en';

/** The knowledge base in a language: the English view when asked for and present, else the Chinese base. */
export function kbIn(kb: KnowledgeBase, lang: Lang): KnowledgeBase {
  const zh = kb.zh;
  return lang === 'en' ? (zh.en ?? zh) : zh;
}

/** Punctuation that differs between the languages: 企业情况:是 / Profile: yes; 甲、乙 / A, B. */
export interface Punctuation {
  /** After a label: “:” or “: ”. */
  readonly colon: string;
  /** Between items of a list: “、” or “, ”. */
  readonly listSeparator: string;
  /** Between clauses: “;” or “; ”. */
  readonly semicolon: string;
  /** Around a note after a title: “(…)” or “ (…)”. */
  readonly openBracket: string;
  readonly closeBracket: string;
  /** Between sentences: “。” or “. ”. */
  readonly fullStop: string;
  /** Between words that Chinese writes together: “” or “ ”. */
  readonly wordSpace: string;
  /** Around a short status note after a line: “〔…〕” or “ […]”. */
  readonly noteOpen: string;
  readonly noteClose: string;
}

const PUNCTUATION: Readonly<Record<Lang, Punctuation>> = {
  zh: {
    colon: ':',
    listSeparator: '、',
    semicolon: ';',
    openBracket: '(',
    closeBracket: ')',
    fullStop: '。',
    wordSpace: '',
    noteOpen: '〔',
    noteClose: '〕',
  },
  en: {
    colon: ': ',
    listSeparator: ', ',
    semicolon: '; ',
    openBracket: ' (',
    closeBracket: ')',
    fullStop: '. ',
    wordSpace: ' ',
    noteOpen: '[',
    noteClose: ']',
  },
};

export function punctuation(lang: Lang): Punctuation {
  return PUNCTUATION[lang];
}
