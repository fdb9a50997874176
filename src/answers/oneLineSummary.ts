// A measure's summary in one line for lists and previews: its first sentence, so a figure is never
// cut in half (the page or the card shows the rest).

export function oneLineSummary(summary: string): string {
  const end = summary.search(/[。!?](?=.)|\.\s/u);
  return end === -1 ? summary : summary.slice(0, end + 1);
}
