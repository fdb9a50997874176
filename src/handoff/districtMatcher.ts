// Reads which Shanghai district a user means: a button, a number from the list (3, 第三, ３), the
// name with or without 区 (浦东, 浦东新区, 上海市徐汇区), typed pinyin (pudong, xuhui qu), or a
// sound-alike or typo (蒲东, 徐会, 闵航, 重明). Routes name districts exactly (byName).
import type { District } from '../kb/handoffSchema.js';
import { parseSmallNumber } from '../search/chineseNumber.js';
import { editDistance } from '../search/editDistance.js';
import { normalizeText } from '../search/normalizeQuery.js';
import { pinyinPro } from '../search/pinyinPro.js';

const NUMBERED = /^(?:第|选|编号)?(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:个|号|项)?$/u;
const CITY = /^(?:中国)?(?:上海市|上海|shanghai)/;
const HAN_SUFFIX = /(?:新区|区|县)$/;
const LATIN_SUFFIX = /(?:newdistrict|newarea|district|xinqu|qu)$/;

function readingOf(han: string): string {
  return pinyinPro().pinyin(han, { toneType: 'none', type: 'array', v: true }).join('');
}

interface Keyed {
  district: District;
  /** The name, the short name, the short name + 区. */
  names: string[];
  /** The district's own reading and the reading of its characters (闵行 reads min xing letter by letter). */
  readings: string[];
}

export class DistrictMatcher {
  private keyedNow: Keyed[] | undefined;

  constructor(readonly districts: readonly District[]) {}

  /** Made at first use: the readings ask pinyin-pro, which a start would otherwise load for this alone. */
  private get keyed(): Keyed[] {
    return (this.keyedNow ??= this.districts.map((district) => ({
      district,
      names: [...new Set([district.name, district.short, `${district.short}区`])].map((n) =>
        normalizeText(n),
      ),
      readings: [...new Set([district.pinyin, readingOf(district.short)])],
    })));
  }

  /** A district by its exact name or short name (浦东新区, 浦东, 浦东区): for configuration files. */
  byName(name: string): District | undefined {
    const n = normalizeText(name).replace(/\s+/g, '');
    return this.keyed.find((k) => k.names.includes(n))?.district;
  }

  /** The district the text means, or undefined when it names none or more than one. */
  match(text: string): District | undefined {
    const t = normalizeText(text).replace(/[\s\p{P}]+/gu, '');
    if (t === '') return undefined;

    const numbered = NUMBERED.exec(t);
    if (numbered?.[1] !== undefined) {
      const n = parseSmallNumber(numbered[1]);
      return n !== undefined && n >= 1 ? this.districts[n - 1] : undefined;
    }

    const bare = t.replace(CITY, '');
    const exact = this.keyed.find(
      (k) => k.names.includes(bare) || k.names.includes(bare.replace(HAN_SUFFIX, '')),
    );
    if (exact) return exact.district;

    // A name inside a longer answer (我们在浦东张江): exactly one district must be named.
    const inside = this.keyed.filter((k) => k.names.some((name) => bare.includes(name)));
    if (inside.length > 0) return inside.length === 1 ? inside[0]!.district : undefined;

    // Typed pinyin, or Han characters that sound like the name (with or without what reads as 区:
    // 奉县 is 奉贤 misheard).
    let readings: string[] = [];
    if (/^[a-z]+$/.test(bare)) readings = [bare, bare.replace(LATIN_SUFFIX, '')];
    else if (/^\p{Script=Han}{2,4}$/u.test(bare))
      readings = [readingOf(bare), readingOf(bare.replace(HAN_SUFFIX, ''))];
    return this.closestReading(readings.filter((r) => r.length > 0));
  }

  /**
   * The one district whose reading is one of the text's, or one letter off it (for names of five
   * letters or more).
   */
  private closestReading(candidates: readonly string[]): District | undefined {
    let best: District[] = [];
    let bestDistance = Infinity;
    for (const k of this.keyed) {
      for (const [r, reading] of k.readings.flatMap((r) => candidates.map((c) => [r, c] as const))) {
        const distance = r === reading ? 0 : r.length >= 5 ? editDistance(r, reading) : Infinity;
        if (distance > 1) continue;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = [k.district];
        } else if (distance === bestDistance && !best.includes(k.district)) {
          best.push(k.district);
        }
      }
    }
    return best.length === 1 ? best[0] : undefined;
  }
}
