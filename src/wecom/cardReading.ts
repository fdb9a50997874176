// Reads one of our Adaptive Cards (src/bot/cards) as WeCom can show it: its readable content
// (TextBlocks, FactSets, Containers, ColumnSets) as lines of WeCom markdown — the subset of
// path/90236 “支持的markdown语法”: headings, **bold**, [links](url), > quotes and
// <font color="info|comment|warning"> — its Action.Submit buttons with their data, and its
// Action.OpenUrl links. Elements WeCom cannot show (images, inputs, selectActions) are left out.

export interface CardButton {
  title: string;
  data: unknown;
  /** style 'positive': the card's main action, kept first when not every button fits. */
  primary: boolean;
  /** In the card's body (an ActionSet), rather than its bottom `actions`. */
  inline: boolean;
}

export interface ReadCard {
  /** Markdown lines, in card order; inline buttons appear as “· title” lines. */
  lines: string[];
  /** The card's headline as plain text: its first bold or large TextBlock, else its first one. */
  headline: string | undefined;
  /** Plain text of every TextBlock but the headline, in order. */
  otherTexts: string[];
  /** Whether the body holds only TextBlocks and ActionSets (so a template card can say it all). */
  textOnly: boolean;
  buttons: CardButton[];
  links: { title: string; url: string }[];
}

type Node = Record<string, unknown>;

const QUOTED_STYLES = new Set(['emphasis', 'attention', 'warning', 'good', 'accent']);
const FONT_COLORS: Record<string, string> = {
  Attention: 'warning',
  Warning: 'warning',
  Good: 'info',
  Accent: 'info',
};
const SPACED = new Set(['Medium', 'Large', 'ExtraLarge', 'Padding']);

export function readAdaptiveCard(content: unknown): ReadCard {
  const card: ReadCard = {
    lines: [],
    headline: undefined,
    otherTexts: [],
    textOnly: true,
    buttons: [],
    links: [],
  };
  const root = asNode(content);
  if (!root) return card;
  const texts: { text: string; prominent: boolean }[] = [];
  const body = elements(root.body);
  for (const element of body) {
    const type = element.type;
    if (type !== 'TextBlock' && type !== 'ActionSet') card.textOnly = false;
  }
  card.lines = readElements(body, card, texts);
  // The card's bottom actions: buttons go to the template card; links are listed at the end.
  for (const action of elements(root.actions)) card.lines.push(...readAction(action, false, card));

  const headlineIndex = Math.max(
    texts.findIndex((t) => t.prominent),
    0,
  );
  card.headline = texts[headlineIndex]?.text;
  card.otherTexts = texts.filter((_, i) => i !== headlineIndex).map((t) => t.text);
  return card;
}

function readElements(
  items: Node[],
  card: ReadCard,
  texts: { text: string; prominent: boolean }[],
): string[] {
  const lines: string[] = [];
  for (const element of items) {
    const block = readElement(element, card, texts);
    if (block.length === 0) continue;
    if (lines.length > 0 && SPACED.has(String(element.spacing)) && lines.at(-1) !== '') lines.push('');
    lines.push(...block);
  }
  return lines;
}

function readElement(element: Node, card: ReadCard, texts: { text: string; prominent: boolean }[]): string[] {
  switch (element.type) {
    case 'TextBlock': {
      const text = typeof element.text === 'string' ? element.text.trim() : '';
      if (!text) return [];
      const large = element.size === 'Large' || element.size === 'ExtraLarge';
      const bold = element.weight === 'Bolder' || element.size === 'Medium';
      texts.push({ text, prominent: large || bold });
      const color = typeof element.color === 'string' ? FONT_COLORS[element.color] : undefined;
      return text.split('\n').map((line) => {
        if (!line.trim()) return '';
        if (large) return `## ${line}`;
        if (color) return `<font color="${color}">${line}</font>`;
        if (bold) return `**${line}**`;
        if (element.isSubtle === true) return `<font color="comment">${line}</font>`;
        return line;
      });
    }
    case 'FactSet':
      return elements(element.facts).flatMap((fact) => {
        const title = typeof fact.title === 'string' ? fact.title.trim() : '';
        const value = typeof fact.value === 'string' ? fact.value.trim() : '';
        if (!title && !value) return [];
        return [title ? `**${title}**:${value}` : value];
      });
    case 'Container': {
      const inner = readElements(elements(element.items), card, texts);
      return QUOTED_STYLES.has(String(element.style)) ? inner.map((l) => (l ? `> ${l}` : l)) : inner;
    }
    case 'ColumnSet':
      return elements(element.columns).flatMap((column) => readElements(elements(column.items), card, texts));
    case 'ActionSet':
      return elements(element.actions).flatMap((action) => readAction(action, true, card));
    default:
      return [];
  }
}

/**
 * Records a button or a link; returns the markdown lines that show it: a link always, a button
 * only in the body (“· title”, so the text says what can be typed instead of clicked).
 */
function readAction(action: Node, inline: boolean, card: ReadCard): string[] {
  const title = typeof action.title === 'string' ? action.title.trim() : '';
  if (action.type === 'Action.Submit' && title) {
    card.buttons.push({ title, data: action.data, primary: action.style === 'positive', inline });
    return inline ? [`· ${title}`] : [];
  }
  if (
    action.type === 'Action.OpenUrl' &&
    typeof action.url === 'string' &&
    /^https?:\/\/[^\s()]+$/i.test(action.url)
  ) {
    const link = { title: title || action.url, url: action.url };
    card.links.push(link);
    return [`[${escapeLinkText(link.title)}](${link.url})`];
  }
  return [];
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]]/g, '');
}

function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

function elements(value: unknown): Node[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown): Node[] => {
    const node = asNode(v);
    return node ? [node] : [];
  });
}
