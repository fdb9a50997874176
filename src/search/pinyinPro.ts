// pinyin-pro, loaded at its first use rather than at start-up: its dictionaries take about a tenth of
// a cold start to load and set up, and a bundled start reads single characters from the build's
// table instead (charReadings.ts). Required from node_modules, so the bundle does not hold it.
import { createRequire } from 'node:module';
import type * as PinyinProModule from 'pinyin-pro';

type PinyinPro = typeof PinyinProModule;

let loaded: PinyinPro | undefined;

export function pinyinPro(): PinyinPro {
  return (loaded ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro);
}
