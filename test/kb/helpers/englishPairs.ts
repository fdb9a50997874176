// Every Chinese text of the knowledge base with its English counterpart, named by file and field
// path, so that tests can compare them (the figures they state) one pair at a time. Works on the
// Chinese base as loaded (whose items carry their `en` fields) and the English view's replies and
// eligibility texts; a missing English text gives a pair with `en` undefined.
import type { KnowledgeBase } from '../../../src/kb/loadKnowledge.js';
import type { Measure } from '../../../src/kb/schema.js';

export interface TextPair {
  /** Where the pair lives: knowledge/measures/rd-reward.yaml faq[0].a */
  where: string;
  zh: string;
  en: string | undefined;
}

function pair(where: string, zh: string | undefined, en: string | undefined): TextPair[] {
  return zh === undefined ? [] : [{ where, zh, en }];
}

function measurePairs(m: Measure): TextPair[] {
  const file = `knowledge/measures/${m.id}.yaml`;
  const en = m.en;
  const out: TextPair[] = [
    ...pair(`${file} title`, m.title, en?.title),
    ...pair(`${file} fullTitle`, m.fullTitle, en?.fullTitle),
    ...pair(`${file} brief`, m.brief, en?.brief),
    ...pair(`${file} summary`, m.summary, en?.summary),
    ...m.beneficiaries.flatMap((b, i) => pair(`${file} beneficiaries[${i}]`, b, en?.beneficiaries[i])),
    ...pair(`${file} howToApply.sourceSays`, m.howToApply.sourceSays, en?.howToApply.sourceSays),
    ...pair(`${file} howToApply.note`, m.howToApply.note, en?.howToApply.note),
    ...m.departments.flatMap((d, i) => pair(`${file} departments[${i}]`, d, en?.departments[i])),
    ...m.faq.flatMap((f, i) => [
      ...pair(`${file} faq[${i}].q`, f.q, en?.faq[i]?.q),
      ...pair(`${file} faq[${i}].a`, f.a, en?.faq[i]?.a),
    ]),
    ...m.facts.flatMap((f, i) => pair(`${file} facts[${i}].label`, f.label, f.en?.label)),
    ...m.validity.flatMap((v, i) => pair(`${file} validity[${i}].what`, v.what, v.en?.what)),
    ...pair(`${file} officialArticle.title`, m.officialArticle?.title, m.officialArticle?.en?.title),
  ];
  m.eligibility?.rules.forEach((r, i) => {
    out.push(...pair(`${file} eligibility.rules[${i}].reason`, r.reason, r.en?.reason));
    if (r.benefit)
      out.push(...pair(`${file} eligibility.rules[${i}].benefit.text`, r.benefit.text, r.benefit.en?.text));
  });
  return out;
}

/** Pairs of two texts trees of the same schema (replies, eligibility texts), leaf by leaf. */
export function treePairs(file: string, zh: unknown, en: unknown, path = ''): TextPair[] {
  if (typeof zh === 'string')
    return [{ where: `${file} ${path}`, zh, en: typeof en === 'string' ? en : undefined }];
  if (Array.isArray(zh))
    return zh.flatMap((z, i) => treePairs(file, z, Array.isArray(en) ? en[i] : undefined, `${path}[${i}]`));
  if (zh && typeof zh === 'object')
    return Object.entries(zh).flatMap(([key, value]) =>
      treePairs(
        file,
        value,
        en && typeof en === 'object' ? (en as Record<string, unknown>)[key] : undefined,
        path ? `${path}.${key}` : key,
      ),
    );
  return [];
}

/** Every user-facing text pair of a loaded knowledge base (the Chinese base, with kb.en for the texts files). */
export function englishPairs(kb: KnowledgeBase): TextPair[] {
  const out: TextPair[] = [];
  for (const s of kb.sources) {
    const file = `knowledge/sources/${s.id}.yaml`;
    out.push(
      ...pair(`${file} title`, s.title, s.en?.title),
      ...pair(`${file} shortTitle`, s.shortTitle, s.en?.shortTitle),
      ...pair(`${file} issuer`, s.issuer, s.en?.issuer),
      ...pair(`${file} numberingCaveat`, s.numberingCaveat, s.en?.numberingCaveat),
      ...pair(`${file} citation`, s.citation, s.en?.citation),
    );
  }
  kb.areas.forEach((a, i) => {
    const at = `knowledge/areas.yaml areas[${i}]`;
    out.push(
      ...pair(`${at}.title`, a.title, a.en?.title),
      ...pair(`${at}.shortTitle`, a.shortTitle, a.en?.shortTitle),
      ...pair(`${at}.summary`, a.summary, a.en?.summary),
    );
  });
  kb.channels.forEach((c, i) => {
    const at = `knowledge/channels.yaml channels[${i}]`;
    out.push(
      ...pair(`${at}.name`, c.name, c.en?.name),
      ...pair(`${at}.description`, c.description, c.en?.description),
    );
  });
  kb.glossary.forEach((t, i) => {
    const at = `knowledge/glossary.yaml terms[${i}]`;
    out.push(
      ...pair(`${at}.term`, t.term, t.en?.term),
      ...pair(`${at}.explanation`, t.explanation, t.en?.explanation),
    );
  });
  kb.notCovered.forEach((t, i) =>
    out.push(...pair(`knowledge/not-covered.yaml topics[${i}].name`, t.name, t.en?.name)),
  );
  kb.questions.forEach((q, i) => {
    const at = `knowledge/eligibility.yaml questions[${i}]`;
    out.push(...pair(`${at}.label`, q.label, q.en?.label), ...pair(`${at}.text`, q.text, q.en?.text));
    if (q.type === 'amount') out.push(...pair(`${at}.example`, q.example, q.en?.example));
    if (q.type === 'choice')
      q.options.forEach((o, j) =>
        out.push(...pair(`${at}.options[${j}].label`, o.label, q.en?.options?.[j]?.label)),
      );
  });
  for (const m of kb.measures) out.push(...measurePairs(m));
  out.push(
    ...treePairs('knowledge/replies.en.yaml', kb.replies, kb.en?.replies),
    ...treePairs('knowledge/eligibility-texts.en.yaml', kb.eligibilityTexts, kb.en?.eligibilityTexts),
  );
  return out;
}
