// Whether a message asks if measures can be used together (无缝续贷和融资担保能同时用吗, 这仨能一起申请吗,
// can we combine them): the source does not say, and the reply says so and where to ask.
const COMBINED =
  /(能同时|可以同时|可否同时|能否同时|同时(?:申请|申报|用|使用|享受|拿|领)|能(?:不能)?叠加|可以叠加|可否叠加|叠加享受|(?:能|可以|可不可以|能不能)一起(?:申请|申报|用|享受)|一起(?:申请|申报|用|享受)吗|\b(?:apply|applied|use|used|claim|claimed|get|combine|combined|stack|stacked|have|receive|take)\b[^.?!,;]{0,24}\btogether\b|at the same time|\bcombine|\bstack)/iu;

export function asksCombined(text: string): boolean {
  return COMBINED.test(text);
}
