// Enterprise names as people type them. Names are compared by their core — without 上海(市) in front,
// the legal form at the end (有限公司, 股份有限公司, 集团, 厂 …), spaces, punctuation, case and
// Traditional characters — so 上海某某科技 is 上海某某科技有限公司, and a shorter name (某某公司) finds
// the saved enterprise whose core contains it.
import { normalizeText } from '../search/normalizeQuery.js';

/** Longer input is not a name (a sentence, a pasted paragraph). */
export const MAX_NAME_CHARS = 60;

const EDGE_MARKS =
  /^[\s"'“”‘’「」『』《》〈〉()()【】[\]:：,,、]+|[\s"'“”‘’「」『』《》〈〉()()【】[\]。.,,!!??;;::、~～]+$/gu;
const PUNCTUATION = /[\s\p{P}\p{S}]+/gu;
const REGION_PREFIX = /^(中国)?(上海市|上海)/;
const LEGAL_FORM =
  /(集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|总公司|分公司|合伙企业|有限合伙|普通合伙|个体工商户|集团|公司|企业|工厂|厂|coltd|co|ltd|limited|inc|llc|corp|corporation|company)$/;

/** Words that name no particular enterprise (为我们企业做政策体检 is the plain check-up). */
const NOT_A_NAME =
  /^(我|我们|咱|咱们|我司|本司|本公司|本企业|本厂|我们公司|我们企业|我们厂|咱们公司|咱们企业|贵司|贵公司|贵企业|你们|这家|那家|这家企业|这家公司|那家企业|那家公司|该企业|该公司|企业|公司|一家企业|一家公司|新企业|新公司|另一家|另一家企业|别的企业|其他企业|大家|所有企业|全部企业)$/;

/** The name as it will be shown: quotes and end punctuation removed; undefined when it names nobody. */
export function cleanEnterpriseName(raw: string): string | undefined {
  const name = raw.normalize('NFKC').replace(/\s+/g, ' ').replace(EDGE_MARKS, '').trim();
  if (name.length < 2 || name.length > MAX_NAME_CHARS) return undefined;
  const bare = normalizeText(name).replace(PUNCTUATION, '');
  if (bare.length < 2 || NOT_A_NAME.test(bare)) return undefined;
  return name;
}

/** What two spellings of one enterprise's name share. */
export function nameCore(name: string): string {
  const bare = normalizeText(name).replace(PUNCTUATION, '');
  let core = bare.replace(REGION_PREFIX, '');
  for (let previous = ''; previous !== core;) {
    previous = core;
    core = core.replace(LEGAL_FORM, '');
  }
  return core || bare;
}

/**
 * The named items a query may mean: those whose core equals the query's, else (for a query core of
 * two characters or more) those whose core contains it. Several results mean the query is ambiguous.
 */
export function matchNames<T extends { name?: string | undefined }>(query: string, items: readonly T[]): T[] {
  const wanted = nameCore(query);
  if (!wanted) return [];
  const named = items.filter((i): i is T & { name: string } => typeof i.name === 'string');
  const exact = named.filter((i) => nameCore(i.name) === wanted);
  if (exact.length > 0 || wanted.length < 2) return exact;
  return named.filter((i) => nameCore(i.name).includes(wanted));
}
