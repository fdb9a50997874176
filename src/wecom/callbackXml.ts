// A small, strict reader for the one XML shape WeCom's callbacks use — <xml> holding elements with
// text or CDATA, nested at most a few levels (the template card event's SelectedItems) — instead of
// a general XML parser. It refuses DOCTYPE and ENTITY declarations, comments, processing
// instructions other than a leading XML declaration, attributes, mixed content, entity references
// other than XML's five and numeric ones, nesting or element counts beyond what the messages use,
// and text over a cap; so XML bombs and external entities cannot happen, and nothing is left to
// interpretation (two elements of the same name where one is expected are an error, not a choice).

export interface XmlElement {
  name: string;
  /** The element's text (CDATA sections and text joined); '' for an element with children. */
  text: string;
  children: XmlElement[];
}

export interface XmlLimits {
  /** Largest input, in characters. */
  maxChars: number;
  /** Deepest nesting, the root being 1. */
  maxDepth: number;
  /** Most elements in all. */
  maxElements: number;
}

/** Enough for every callback WeCom documents (template card events nest 5 deep with the root). */
export const CALLBACK_XML_LIMITS: XmlLimits = { maxChars: 64 * 1024, maxDepth: 5, maxElements: 500 };

export class XmlRefused extends Error {
  constructor(
    readonly problem: string,
    readonly at: number,
  ) {
    super(`XML refused at ${at}: ${problem}`);
    this.name = 'XmlRefused';
  }
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_.-]/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Parses a document whose root element must be `rootName`; throws XmlRefused otherwise. */
export function parseCallbackXml(
  input: string,
  rootName = 'xml',
  limits: XmlLimits = CALLBACK_XML_LIMITS,
): XmlElement {
  return new Reader(input, limits).document(rootName);
}

/**
 * The root's direct children as name → text. A name that occurs twice is refused: the callback's
 * fields are single, and two <Encrypt> must not let the signature check and the decryption read
 * different ones.
 */
export function fieldsOf(root: XmlElement): Map<string, XmlElement> {
  const fields = new Map<string, XmlElement>();
  for (const child of root.children) {
    if (fields.has(child.name)) throw new XmlRefused(`<${child.name}> occurs more than once`, 0);
    fields.set(child.name, child);
  }
  return fields;
}

class Reader {
  private pos = 0;
  private elements = 0;

  constructor(
    private readonly s: string,
    private readonly limits: XmlLimits,
  ) {
    if (s.length > limits.maxChars) throw new XmlRefused(`longer than ${limits.maxChars} characters`, 0);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      // XML 1.0 allows no C0 controls but tab, line feed and carriage return.
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) throw new XmlRefused('control character', i);
    }
  }

  document(rootName: string): XmlElement {
    if (this.s.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipSpace();
    if (this.s.startsWith('<?xml', this.pos)) this.declaration();
    this.skipSpace();
    if (this.s.startsWith('<!', this.pos))
      throw new XmlRefused('declarations (DOCTYPE, ENTITY) are not read', this.pos);
    if (this.s.startsWith('<?', this.pos)) throw new XmlRefused('processing instruction', this.pos);
    const root = this.element(1);
    if (root.name !== rootName) throw new XmlRefused(`root must be <${rootName}>`, 0);
    this.skipSpace();
    if (this.pos !== this.s.length) throw new XmlRefused('content after the root element', this.pos);
    return root;
  }

  /** `<?xml version="1.0" encoding="UTF-8"?>` — only at the very start, only these pseudo-attributes. */
  private declaration(): void {
    const end = this.s.indexOf('?>', this.pos);
    if (end < 0) throw new XmlRefused('unterminated XML declaration', this.pos);
    const body = this.s.slice(this.pos + 5, end);
    if (
      !/^(?:\s+(?:version|encoding|standalone)\s*=\s*(?:"[A-Za-z0-9._-]*"|'[A-Za-z0-9._-]*'))*\s*$/.test(body)
    )
      throw new XmlRefused('malformed XML declaration', this.pos);
    this.pos = end + 2;
  }

  private element(depth: number): XmlElement {
    if (depth > this.limits.maxDepth)
      throw new XmlRefused(`nested deeper than ${this.limits.maxDepth}`, this.pos);
    if (++this.elements > this.limits.maxElements)
      throw new XmlRefused(`more than ${this.limits.maxElements} elements`, this.pos);
    this.expect('<');
    const name = this.name();
    this.skipSpace();
    if (this.s.startsWith('/>', this.pos)) {
      this.pos += 2;
      return { name, text: '', children: [] };
    }
    if (this.s[this.pos] !== '>') throw new XmlRefused('attributes are not read', this.pos);
    this.pos++;

    let text = '';
    let sawText = false;
    const children: XmlElement[] = [];
    for (;;) {
      if (this.pos >= this.s.length) throw new XmlRefused(`<${name}> is not closed`, this.pos);
      if (this.s.startsWith('</', this.pos)) {
        this.pos += 2;
        const closing = this.name();
        if (closing !== name) throw new XmlRefused(`</${closing}> closes <${name}>`, this.pos);
        this.skipSpace();
        this.expect('>');
        break;
      }
      if (this.s.startsWith('<![CDATA[', this.pos)) {
        const end = this.s.indexOf(']]>', this.pos + 9);
        if (end < 0) throw new XmlRefused('unterminated CDATA section', this.pos);
        text += this.s.slice(this.pos + 9, end);
        sawText = true;
        this.pos = end + 3;
        continue;
      }
      if (this.s.startsWith('<!', this.pos))
        throw new XmlRefused('comments and declarations are not read', this.pos);
      if (this.s.startsWith('<?', this.pos)) throw new XmlRefused('processing instruction', this.pos);
      if (this.s[this.pos] === '<') {
        children.push(this.element(depth + 1));
        continue;
      }
      const chunk = this.charData();
      if (chunk.trim() !== '') sawText = true;
      text += chunk;
    }
    if (children.length > 0 && sawText) throw new XmlRefused(`<${name}> mixes text and elements`, this.pos);
    return { name, text: children.length > 0 ? '' : text, children };
  }

  /** Text up to the next '<', with entity references decoded (only XML's five and numeric ones). */
  private charData(): string {
    let out = '';
    while (this.pos < this.s.length && this.s[this.pos] !== '<') {
      const c = this.s[this.pos]!;
      if (c === '&') {
        const end = this.s.indexOf(';', this.pos);
        if (end < 0 || end - this.pos > 10) throw new XmlRefused('malformed entity reference', this.pos);
        out += this.entity(this.s.slice(this.pos + 1, end));
        this.pos = end + 1;
      } else if (c === '>' && this.s.startsWith(']]>', this.pos - 2)) {
        throw new XmlRefused("']]>' in text", this.pos);
      } else {
        out += c;
        this.pos++;
      }
    }
    return out;
  }

  private entity(ref: string): string {
    const named = PREDEFINED[ref];
    if (named !== undefined) return named;
    const m = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(ref);
    if (!m) throw new XmlRefused(`entity &${ref}; is not read`, this.pos);
    const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) throw new XmlRefused(`character reference &${ref}; is not a character`, this.pos);
    return String.fromCodePoint(code);
  }

  private name(): string {
    const start = this.pos;
    if (!NAME_START.test(this.s[this.pos] ?? '')) throw new XmlRefused('expected an element name', this.pos);
    this.pos++;
    while (this.pos < this.s.length && NAME_CHAR.test(this.s[this.pos]!)) this.pos++;
    if (this.pos - start > 64) throw new XmlRefused('element name longer than 64', start);
    return this.s.slice(start, this.pos);
  }

  private expect(c: string): void {
    if (this.s[this.pos] !== c) throw new XmlRefused(`expected '${c}'`, this.pos);
    this.pos++;
  }

  private skipSpace(): void {
    while (this.pos < this.s.length && /[ \t\r\n]/.test(this.s[this.pos]!)) this.pos++;
  }
}
