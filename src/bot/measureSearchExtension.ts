// Teams' compose-box search (a search-based message extension, command `searchMeasures`): what
// someone types — a question, a name, its first character or its pinyin initials (wfxd) — becomes
// the best measures as results: a preview (number and title, status, one-line summary) and, once
// picked, the measure's Adaptive Card inserted into the chat. An empty query lists all measures by
// number, paged as Teams asks (skip, count).
import { CardFactory, type MessagingExtensionAttachment, type MessagingExtensionResponse } from 'botbuilder';
import { z } from 'zod';
import { composeMeasureAnswer } from '../answers/composeAnswer.js';
import { oneLineSummary } from '../answers/oneLineSummary.js';
import { measureLabel } from '../answers/renderText.js';
import { statusBadge } from '../answers/statusBadge.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Measure } from '../kb/schema.js';
import { InitialsMatcher } from '../search/initialsMatcher.js';
import type { SearchEngine } from '../search/searchEngine.js';
import { measureCard } from './cards/measureCard.js';

/** The command id in appPackage/manifest.template.json (composeExtensions[0].commands[0].id). */
export const MEASURE_SEARCH_COMMAND = 'searchMeasures';
/** The parameter that carries what was typed (commands[0].parameters[0].name). */
export const MEASURE_SEARCH_PARAMETER = 'q';
/** Teams asks for 25 results a page by default; more than that is never sent. */
const MAX_COUNT = 25;
/** Longer text is cut: the matcher reads questions up to 300 characters. */
const MAX_TEXT = 300;

const queryValueSchema = z
  .object({
    commandId: z.string().max(64),
    parameters: z
      .array(z.object({ name: z.string().max(64), value: z.unknown().optional() }).loose())
      .max(10)
      .optional(),
    queryOptions: z
      .object({
        skip: z.number().int().min(0).max(10_000).optional(),
        count: z.number().int().min(0).max(1000).optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

export interface MeasureSearchQuery {
  text: string;
  skip: number;
  count: number;
}

/** An invoke this extension cannot answer: the client's mistake, answered 400 with the reason. */
export class BadInvokeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadInvokeError';
  }
}

/** Reads a composeExtension/query invoke's value; a malformed one throws BadInvokeError. */
export function parseMeasureSearchQuery(value: unknown): MeasureSearchQuery {
  const parsed = queryValueSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join('.');
    throw new BadInvokeError(`composeExtension/query: ${path ? `${path}: ` : ''}${issue.message}`);
  }
  const { commandId, parameters = [], queryOptions = {} } = parsed.data;
  if (commandId !== MEASURE_SEARCH_COMMAND)
    throw new BadInvokeError(`composeExtension/query: unknown command "${commandId.slice(0, 64)}"`);
  // Teams' first run (initialRun: true in the manifest) sends only the parameter "initialRun".
  const typed = parameters.find((p) => p.name === MEASURE_SEARCH_PARAMETER);
  if (typed && typed.value !== undefined && typeof typed.value !== 'string')
    throw new BadInvokeError(`composeExtension/query: parameter "${MEASURE_SEARCH_PARAMETER}" must be text`);
  const text = typeof typed?.value === 'string' ? typed.value.trim().slice(0, MAX_TEXT) : '';
  return {
    text,
    skip: queryOptions.skip ?? 0,
    count: Math.min(MAX_COUNT, queryOptions.count || MAX_COUNT),
  };
}

export interface MeasureSearchDeps {
  kb: KnowledgeBase;
  engine: SearchEngine;
  today: () => string;
  /** PUBLIC_BASE_URL: inserted cards link to /measures/<id> under it. */
  publicBaseUrl?: string;
}

export class MeasureSearchExtension {
  /** Built at the first compose-box query, not at start-up (only Teams' compose box uses it). */
  private initialsMatcher?: InitialsMatcher;

  constructor(private readonly deps: MeasureSearchDeps) {}

  private get initials(): InitialsMatcher {
    return (this.initialsMatcher ??= new InitialsMatcher(this.deps.kb.measures));
  }

  /**
   * The measures for what was typed, best first: the matcher's answer when it is sure of one
   * measure, then names that start with the text or whose pinyin initials do, then the candidates
   * of an ambiguous question or the measures of an area.
   */
  find(text: string): Measure[] {
    const { kb, engine } = this.deps;
    if (!text) return [...kb.measures].sort((a, b) => a.number - b.number);
    const result = engine.search(text);
    const sure = result.kind === 'measure' ? result.matches.slice(0, 1).map((m) => m.id) : [];
    const typed = this.initials.match(text).map((m) => m.id);
    const more =
      result.kind === 'ambiguous'
        ? result.matches.map((m) => m.id)
        : result.kind === 'area'
          ? kb.measures.filter((m) => m.area === result.area).map((m) => m.id)
          : result.kind === 'overview'
            ? kb.measures.map((m) => m.id)
            : [];
    return [...new Set([...sure, ...typed, ...more])].flatMap((id) => kb.measureById.get(id) ?? []);
  }

  respond(query: MeasureSearchQuery): MessagingExtensionResponse {
    const measures = this.find(query.text).slice(query.skip, query.skip + query.count);
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: measures.map((m) => this.result(m)),
      },
    };
  }

  /** One result: the card that is inserted, with the preview shown in the list. */
  private result(measure: Measure): MessagingExtensionAttachment {
    const { kb, today, publicBaseUrl } = this.deps;
    const day = today();
    const pageUrl = publicBaseUrl ? `${publicBaseUrl}/measures/${measure.id}` : undefined;
    const content = measureCard(kb, composeMeasureAnswer(kb, measure, day), { shared: { pageUrl } });
    const preview = CardFactory.thumbnailCard(
      measureLabel(kb, measure),
      oneLineSummary(measure.summary),
      undefined,
      undefined,
      { subtitle: statusBadge(kb.replies, measure, day).text },
    );
    return { ...content, preview };
  }
}
