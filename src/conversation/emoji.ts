// Emoji and the joiners that build them (variation selector, zero-width joiner): marks people type
// between words (贷款💰 技改🔧, ☎️？？人工！！) that say nothing a reader of the words needs.

/** Every emoji character, with the variation selector and zero-width joiner that build them. */
export const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;
