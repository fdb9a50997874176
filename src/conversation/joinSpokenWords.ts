// A message dictated by voice often comes with a space after every few words and the fillers kept:
// “嗯 人工 智能 那个 租 算力 服务器 有没有 补贴”. Read as typed, each space would part one need from
// the next (贷款 技改 typed side by side are two needs), and 人工 would stand alone as a wish for a
// person. A message of four or more spaced Han runs with a filler or a lone particle among them is
// spoken: the fillers go and the runs join up again. Needs typed side by side (续贷 担保费 分别) have
// no filler and stay as typed.
const SPACED = /\s+/u;
/** Sounds that carry nothing (嗯, 呃); dropped. */
const FILLER = /^(?:嗯+|呃+|额+|唔+|啊+|哦+|噢+|唉+|诶+|欸+|emm+|em+|um+|uh+)$/u;
/** A run that is only a particle or a linking word: spoken, not typed as a need of its own. */
const SPOKEN_RUN = /^(?:那个|这个|就是|然后|那|就|也|呢|吗|吧|呀|的|了|嘛|哈)$/u;
/** A run that only asks (多少, 怎么办): the end of a spoken question. */
const QUESTION_RUN =
  /^(?:多少|多少钱|怎么办|怎么弄|怎么申请|有没有|能不能|行不行|可不可以|是什么|是啥|在哪)$/u;
/** Runs this short are words, not needs typed side by side with their own words. */
const SHORT_RUN = 3;
const HAN_RUN = /^[\p{Script=Han}\d]+$/u;
/** Fewer spaced runs than this are a short list or a phrase, kept as typed. */
const MIN_RUNS = 4;

/** The message with a dictated message's spaces and fillers taken out; other messages as typed. */
export function joinSpokenWords(text: string): string {
  const runs = text.trim().split(SPACED);
  if (runs.length < MIN_RUNS || !runs.every((r) => HAN_RUN.test(r) || FILLER.test(r))) return text;
  const spoken =
    runs.some((r) => FILLER.test(r) || SPOKEN_RUN.test(r)) ||
    // 一家 最多 能补 多少: short words that end in a question word are one spoken question.
    (QUESTION_RUN.test(runs.at(-1)!) && runs.every((r) => r.length <= SHORT_RUN));
  if (!spoken) return text;
  return runs.filter((r) => !FILLER.test(r)).join('');
}
