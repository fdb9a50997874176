// Loads and validates the whole knowledge base: every file against its zod schema, then the
// cross-file rules (the fixed 28 ids, related ids exist, every area used) and, when the base has
// English, its completeness. Either the whole base loads — the Chinese base with its English view
// in kb.en — or a KnowledgeError lists every problem — never a half-loaded base.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseYaml } from './parseYaml.js';
import type { z } from 'zod';
import type { KnowledgeIssue } from './knowledgeError.js';
import { formatPath, KnowledgeError } from './knowledgeError.js';
import { FIXED_MEASURES, SH_SME_2023 } from './measureIds.js';
import { packageRoot } from './packageRoot.js';
import type { KnowledgeSnapshot } from './knowledgeSnapshot.js';
import type {
  Area,
  Channel,
  GlossaryEntry,
  Measure,
  NotCoveredTopic,
  SourceDocument,
  Synonym,
} from './schema.js';
import {
  areasFileSchema,
  channelsFileSchema,
  glossaryFileSchema,
  measureSchema,
  notCoveredFileSchema,
  sourceDocumentSchema,
  synonymsFileSchema,
} from './schema.js';
import { eligibilityFileSchema, type EligibilityQuestion } from '../eligibility/schema.js';
import { checkEligibilityReferences } from '../eligibility/checkReferences.js';
import { type Replies, repliesSchema } from './replies.js';
import { type EligibilityTexts, eligibilityTextsSchema } from '../eligibility/texts.js';
import { checkEnglish, type TextsPair } from './englishCompleteness.js';
import { buildEnglishView } from './englishView.js';
import type { Lang } from './language.js';
import { handoffFileSchema, type HandoffTexts } from './handoffSchema.js';
import { satisfactionFileSchema, type SatisfactionTexts } from './satisfactionSchema.js';

export interface KnowledgeBase {
  /** The language of every user-facing text of this base (its view). */
  readonly lang: Lang;
  /** On the Chinese base: its English view, when the knowledge base has English. Undefined on a view. */
  readonly en: KnowledgeBase | undefined;
  /** The Chinese base (itself on the Chinese base), e.g. to show a Chinese title beside an English one. */
  readonly zh: KnowledgeBase;
  readonly dir: string;
  readonly sources: readonly SourceDocument[];
  readonly areas: readonly Area[];
  /** Sorted by source, then number. */
  readonly measures: readonly Measure[];
  readonly synonyms: readonly Synonym[];
  readonly glossary: readonly GlossaryEntry[];
  /** Topics the measures do not cover (knowledge/not-covered.yaml). */
  readonly notCovered: readonly NotCoveredTopic[];
  /** Measures that may help when support is asked for that no topic lists (not-covered.yaml `unlisted`). */
  readonly unlistedMayHelp: readonly string[];
  readonly channels: readonly Channel[];
  readonly questions: readonly EligibilityQuestion[];
  /** The bot's own words (knowledge/replies.yaml; replies.en.yaml in the English view). */
  readonly replies: Replies;
  /** The eligibility core's own sentences (knowledge/eligibility-texts.yaml; .en.yaml in English). */
  readonly eligibilityTexts: EligibilityTexts;
  /** Districts and the words of service requests (knowledge/handoff.yaml). */
  readonly handoff: HandoffTexts;
  /** Rating levels and the words around a rating (knowledge/satisfaction.yaml). */
  readonly satisfaction: SatisfactionTexts;
  readonly measureById: ReadonlyMap<string, Measure>;
  readonly areaById: ReadonlyMap<string, Area>;
  readonly sourceById: ReadonlyMap<string, SourceDocument>;
  readonly channelById: ReadonlyMap<string, Channel>;
  readonly questionById: ReadonlyMap<string, EligibilityQuestion>;
  readonly notCoveredById: ReadonlyMap<string, NotCoveredTopic>;
  /** Joined knowledgeVersion of all sources, shown by /healthz. */
  readonly version: string;
}

export function defaultKnowledgeDir(): string {
  return join(packageRoot(import.meta.url), 'knowledge');
}

class IssueCollector {
  readonly issues: KnowledgeIssue[] = [];
  constructor(
    private readonly root: string,
    /** Files validated before: one whose text is unchanged is not parsed and validated again. */
    private readonly snapshot?: KnowledgeSnapshot,
  ) {}

  file(absPath: string): string {
    return relative(this.root, absPath) || absPath;
  }

  add(absPath: string, path: string, message: string): void {
    this.issues.push({ file: this.file(absPath), path, message });
  }

  /**
   * Parses a YAML file and validates it; returns undefined (and records why) when it fails.
   * `onInvalid` receives the parsed but invalid data, so callers can still learn e.g. its id.
   */
  read<S extends z.ZodType>(
    absPath: string,
    schema: S,
    onInvalid?: (data: unknown) => void,
  ): z.output<S> | undefined {
    let text: string;
    try {
      text = readFileSync(absPath, 'utf8');
    } catch (err) {
      this.add(absPath, '', `cannot read file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
      return undefined;
    }
    const file = this.file(absPath);
    const known = this.snapshot?.get(file, text);
    if (known !== undefined) return known as z.output<S>;
    let data: unknown;
    try {
      data = parseYaml(text);
    } catch (err) {
      this.add(absPath, '', `not valid YAML: ${(err as Error).message.split('\n')[0]}`);
      return undefined;
    }
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) {
      this.snapshot?.set(file, text, result.data);
      return result.data;
    }
    onInvalid?.(data);
    for (const issue of result.error.issues) {
      this.add(absPath, formatPath(issue.path), describeZodIssue(issue));
    }
    return undefined;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `required field is missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return 'input' in issue && issue.input !== undefined
        ? `${issue.message} (got ${describeValue(issue.input)})`
        : issue.message;
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

export interface LoadKnowledgeOptions {
  /**
   * Files validated at build time (src/kb/knowledgeSnapshot.ts): unchanged ones are taken from it,
   * and every file validated now is added to it.
   */
  snapshot?: KnowledgeSnapshot;
}

export function loadKnowledge(
  dir: string = defaultKnowledgeDir(),
  options: LoadKnowledgeOptions = {},
): KnowledgeBase {
  const root = join(dir, '..');
  const c = new IssueCollector(root, options.snapshot);

  const sourceFiles = safeList(c, join(dir, 'sources'));
  const sourceEntries = sourceFiles.flatMap((file) => {
    const source = c.read(file, sourceDocumentSchema);
    return source ? [{ file, source }] : [];
  });
  const sources = sourceEntries.map((s) => s.source);
  const areasFile = join(dir, 'areas.yaml');
  const areas = c.read(areasFile, areasFileSchema)?.areas ?? [];
  const channelsFile = join(dir, 'channels.yaml');
  const channels = c.read(channelsFile, channelsFileSchema)?.channels ?? [];
  const synonyms = c.read(join(dir, 'synonyms.yaml'), synonymsFileSchema)?.synonyms ?? [];
  const glossaryFile = join(dir, 'glossary.yaml');
  const glossary = c.read(glossaryFile, glossaryFileSchema)?.terms ?? [];
  const notCoveredFile = join(dir, 'not-covered.yaml');
  const notCoveredData = c.read(notCoveredFile, notCoveredFileSchema);
  const notCovered = notCoveredData?.topics ?? [];
  const unlistedMayHelp = notCoveredData?.unlisted?.mayHelp ?? [];
  const eligibilityFile = join(dir, 'eligibility.yaml');
  const eligibility = c.read(eligibilityFile, eligibilityFileSchema);
  const questions = eligibility?.questions ?? [];
  const replies = c.read(join(dir, 'replies.yaml'), repliesSchema);
  const eligibilityTexts = c.read(join(dir, 'eligibility-texts.yaml'), eligibilityTextsSchema);
  // The English counterparts of the two texts files, read only when they exist (English is optional).
  const englishTexts = (name: string, zh: unknown, schema: z.ZodType): TextsPair => {
    const enFile = join(dir, `${name}.en.yaml`);
    const exists = existsSync(enFile);
    return {
      zh,
      enFile,
      exists,
      en: exists ? c.read(enFile, schema) : undefined,
    };
  };
  const repliesEn = englishTexts('replies', replies, repliesSchema);
  const eligibilityTextsEn = englishTexts('eligibility-texts', eligibilityTexts, eligibilityTextsSchema);
  const handoff = c.read(join(dir, 'handoff.yaml'), handoffFileSchema);
  const satisfaction = c.read(join(dir, 'satisfaction.yaml'), satisfactionFileSchema);

  const measureFiles = safeList(c, join(dir, 'measures'));
  const measures: { file: string; measure: Measure }[] = [];
  // Ids of measure files that exist but failed to load (file name, and the id field when readable):
  // their own problems are reported, so references to them are not reported a second time.
  const invalidIds = new Set<string>();
  for (const file of measureFiles) {
    const measure = c.read(file, measureSchema, (data) => {
      const id = (data as { id?: unknown } | null)?.id;
      if (typeof id === 'string') invalidIds.add(id);
    });
    if (measure) measures.push({ file, measure });
    else invalidIds.add(basename(file).replace(/\.ya?ml$/, ''));
  }

  // Cross-file rules, reported against the file that holds the bad reference.
  const areaIds = new Set(areas.map((a) => a.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  const channelIds = new Set(channels.map((ch) => ch.id));
  const seen = new Map<string, string>();
  for (const { file, measure } of measures) {
    const expectedName = `${measure.id}.yaml`;
    if (!file.endsWith(`/${expectedName}`))
      c.add(file, 'id', `id "${measure.id}" does not match the file name`);
    const first = seen.get(measure.id);
    if (first) c.add(file, 'id', `duplicate id "${measure.id}" (also in ${c.file(first)})`);
    seen.set(measure.id, file);
    if (!areaIds.has(measure.area)) c.add(file, 'area', `unknown area "${measure.area}"`);
    if (!sourceIds.has(measure.source)) c.add(file, 'source', `unknown source document "${measure.source}"`);
    measure.howToApply.channels.forEach((ch, i) => {
      if (!channelIds.has(ch)) c.add(file, `howToApply.channels[${i}]`, `unknown channel "${ch}"`);
    });
  }
  const ids = new Set([...seen.keys(), ...invalidIds]);
  for (const { file, measure } of measures) {
    measure.related.forEach((id, i) => {
      if (!ids.has(id)) c.add(file, `related[${i}]`, `unknown measure id "${id}"`);
      else if (id === measure.id) c.add(file, `related[${i}]`, 'a measure cannot be related to itself');
    });
  }
  // A topic declined as not covered must not be named like a measure: the measure would win, silently.
  const measureNames = new Map<string, string>();
  for (const { measure } of measures)
    for (const name of [measure.title, ...measure.aliases, ...measure.keywords])
      measureNames.set(name.toLowerCase(), measure.id);
  notCovered.forEach((topic, i) =>
    topic.terms.forEach((term, j) => {
      const id = measureNames.get(term.toLowerCase());
      if (id)
        c.add(notCoveredFile, `topics[${i}].terms[${j}]`, `"${term}" is also a name of measure "${id}"`);
    }),
  );
  notCovered.forEach((topic, i) =>
    topic.mayHelp.forEach((id, j) => {
      if (!ids.has(id)) c.add(notCoveredFile, `topics[${i}].mayHelp[${j}]`, `unknown measure id "${id}"`);
    }),
  );
  unlistedMayHelp.forEach((id, j) => {
    if (!ids.has(id)) c.add(notCoveredFile, `unlisted.mayHelp[${j}]`, `unknown measure id "${id}"`);
  });
  glossary.forEach((t, i) =>
    t.related.forEach((id, j) => {
      if (!ids.has(id)) c.add(glossaryFile, `terms[${i}].related[${j}]`, `unknown measure id "${id}"`);
    }),
  );

  // The fixed set of sh-sme-2023: exactly these ids, numbers and areas.
  const fixedIds = new Set(FIXED_MEASURES.map((m) => m.id));
  for (const { file, measure } of measures) {
    if (measure.source !== SH_SME_2023) continue;
    const fixed = FIXED_MEASURES.find((m) => m.id === measure.id);
    if (!fixed) {
      c.add(file, 'id', `unknown measure id "${measure.id}" (not one of the 28 fixed ids of ${SH_SME_2023})`);
      continue;
    }
    if (fixed.number !== measure.number)
      c.add(file, 'number', `expected ${fixed.number}, got ${measure.number}`);
    if (fixed.area !== measure.area) c.add(file, 'area', `expected "${fixed.area}", got "${measure.area}"`);
  }
  if (sourceIds.has(SH_SME_2023)) {
    for (const id of fixedIds) {
      if (!seen.has(id) && !invalidIds.has(id))
        c.add(join(dir, 'measures', `${id}.yaml`), '', `measure "${id}" is missing`);
    }
  }
  areas.forEach((a, i) => {
    if (!measures.some((m) => m.measure.area === a.id))
      c.add(areasFile, `areas[${i}]`, `area "${a.id}" has no measure`);
  });

  if (eligibility) {
    for (const issue of checkEligibilityReferences(
      questions,
      measures.map((m) => m.measure),
    )) {
      c.add(
        issue.measureId ? join(dir, 'measures', `${issue.measureId}.yaml`) : eligibilityFile,
        issue.path,
        issue.message,
      );
    }
  }

  const english = checkEnglish(
    {
      sources: sourceEntries,
      areasFile,
      areas,
      channelsFile,
      channels,
      glossaryFile,
      glossary,
      notCoveredFile,
      notCovered,
      eligibilityFile,
      questions,
      measures,
      texts: replies && eligibilityTexts ? [repliesEn, eligibilityTextsEn] : [],
    },
    (file, path, message) => c.add(file, path, message),
  );

  if (c.issues.length > 0 || !replies || !eligibilityTexts || !handoff || !satisfaction)
    throw new KnowledgeError(c.issues);

  const sorted = measures
    .map((m) => m.measure)
    .sort((a, b) => (a.source === b.source ? a.number - b.number : a.source.localeCompare(b.source)));
  // Built mutable, linked to itself (zh) and to its English view (en), then frozen.
  const zh: Omit<Mutable<KnowledgeBase>, 'zh'> & { zh?: KnowledgeBase } = {
    lang: 'zh',
    en: undefined,
    dir,
    sources,
    areas: [...areas].sort((a, b) => a.order - b.order),
    measures: sorted,
    synonyms,
    glossary,
    notCovered,
    unlistedMayHelp,
    channels,
    questions,
    replies,
    eligibilityTexts,
    handoff,
    satisfaction,
    measureById: new Map(sorted.map((m) => [m.id, m])),
    areaById: new Map(areas.map((a) => [a.id, a])),
    sourceById: new Map(sources.map((s) => [s.id, s])),
    channelById: new Map(channels.map((ch) => [ch.id, ch])),
    questionById: new Map(questions.map((q) => [q.id, q])),
    notCoveredById: new Map(notCovered.map((t) => [t.id, t])),
    version: sources.map((s) => s.knowledgeVersion).join('+'),
  };
  const base = zh as KnowledgeBase;
  zh.zh = base;
  if (english)
    zh.en = Object.freeze(
      buildEnglishView(base, repliesEn.en as Replies, eligibilityTextsEn.en as EligibilityTexts),
    );
  return Object.freeze(base);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function safeList(c: IssueCollector, dir: string): string[] {
  try {
    return yamlFiles(dir);
  } catch (err) {
    c.add(dir, '', `cannot read folder (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    return [];
  }
}
