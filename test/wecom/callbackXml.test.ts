// The strict reader of WeCom's callback XML and the typed messages read from it: every documented
// shape is read; bombs, external entities, declarations, processing instructions, attributes,
// deep nesting, too many elements, duplicated fields and oversize input are refused by name.
import { describe, expect, it } from 'vitest';
import { dedupeKey, readCallbackMessage, readEnvelope } from '../../src/wecom/callbackMessage.js';
import { fieldsOf, parseCallbackXml, XmlRefused } from '../../src/wecom/callbackXml.js';

function refusal(xml: string): string {
  try {
    parseCallbackXml(xml);
  } catch (err) {
    if (err instanceof XmlRefused) return err.problem;
    throw err;
  }
  return 'accepted';
}

const TEXT = `<xml>
   <ToUserName><![CDATA[ww5823bf96d3bd56c7]]></ToUserName>
   <FromUserName><![CDATA[ZhangSan]]></FromUserName>
   <CreateTime>1348831860</CreateTime>
   <MsgType><![CDATA[text]]></MsgType>
   <Content><![CDATA[AI算力券 & <b>]]></Content>
   <MsgId>1234567890123456</MsgId>
   <AgentID>1000002</AgentID>
</xml>`;

const CARD_EVENT = `<xml>
<ToUserName><![CDATA[toUser]]></ToUserName>
<FromUserName><![CDATA[FromUser]]></FromUserName>
<CreateTime>123456789</CreateTime>
<MsgType><![CDATA[event]]></MsgType>
<Event><![CDATA[template_card_event]]></Event>
<EventKey><![CDATA[key111]]></EventKey>
<TaskId><![CDATA[taskid111]]></TaskId>
<CardType><![CDATA[button_interaction]]></CardType>
<ResponseCode><![CDATA[ResponseCode]]></ResponseCode>
<AgentID>1</AgentID>
<SelectedItems>
  <SelectedItem>
    <QuestionKey><![CDATA[QuestionKey1]]></QuestionKey>
    <OptionIds>
      <OptionId><![CDATA[OptionId1]]></OptionId>
      <OptionId><![CDATA[OptionId2]]></OptionId>
    </OptionIds>
  </SelectedItem>
</SelectedItems>
</xml>`;

describe('parseCallbackXml reads the callback shapes', () => {
  it('a text message, with its CDATA taken literally', () => {
    const root = parseCallbackXml(TEXT);
    const fields = fieldsOf(root);
    expect(fields.get('Content')!.text).toBe('AI算力券 & <b>');
    expect(fields.get('CreateTime')!.text).toBe('1348831860');
  });

  it('an XML declaration, a BOM, entity and character references, split CDATA, empty elements', () => {
    const root = parseCallbackXml(
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<xml><A>a &lt;&amp;&gt; &#20320;&#x597D;</A>' +
        '<B><![CDATA[x]]]]><![CDATA[>y]]></B><C/><D></D></xml>',
    );
    const fields = fieldsOf(root);
    expect(fields.get('A')!.text).toBe('a <&> 你好');
    expect(fields.get('B')!.text).toBe('x]]>y');
    expect(fields.get('C')!.text).toBe('');
    expect(fields.get('D')!.text).toBe('');
  });

  it('the template card event with its nested SelectedItems (five levels with the root)', () => {
    const root = parseCallbackXml(CARD_EVENT);
    const items = fieldsOf(root).get('SelectedItems')!;
    expect(items.children[0]!.children[1]!.children.map((c) => c.text)).toEqual(['OptionId1', 'OptionId2']);
  });
});

describe('parseCallbackXml refuses', () => {
  it('a billion-laughs bomb and external entities (any DOCTYPE or ENTITY)', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
      '<xml><Content>&lol2;</Content></xml>';
    expect(refusal(bomb)).toMatch(/declarations/);
    expect(refusal('<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><A>&x;</A></xml>')).toMatch(
      /declarations/,
    );
    expect(refusal('<xml><!DOCTYPE x><A/></xml>')).toMatch(/declarations/);
    expect(refusal('<xml><A>&x;</A></xml>')).toMatch(/entity &x; is not read/);
    expect(refusal('<xml><A>&#0;</A></xml>')).toMatch(/not a character/);
    expect(refusal('<xml><A>&lol</A></xml>')).toMatch(/malformed entity/);
  });

  it('comments and processing instructions other than the leading declaration', () => {
    expect(refusal('<xml><!-- hi --><A/></xml>')).toMatch(/comments/);
    expect(refusal('<?xml-stylesheet href="x"?><xml/>')).toMatch(/malformed XML declaration|processing/);
    expect(refusal('<xml><?php echo 1 ?></xml>')).toMatch(/processing instruction/);
    expect(refusal('<xml/><?pi?>')).toMatch(/after the root/);
    expect(refusal('  <?xml version="1.0"?><?xml version="1.0"?><xml/>')).toMatch(/processing instruction/);
  });

  it('attributes, mixed content, mismatched or missing tags, another root, trailing content', () => {
    expect(refusal('<xml a="1"><A/></xml>')).toMatch(/attributes/);
    expect(refusal('<xml>text<A/></xml>')).toMatch(/mixes text and elements/);
    expect(refusal('<xml><A></B></xml>')).toMatch(/closes/);
    expect(refusal('<xml><A>')).toMatch(/not closed/);
    expect(refusal('<root><A/></root>')).toMatch(/root must be <xml>/);
    expect(refusal('<xml/><xml/>')).toMatch(/after the root/);
    expect(refusal('')).toMatch(/expected/);
    expect(refusal('just text')).toMatch(/expected/);
    expect(refusal('<xml><A>]]></A></xml>')).toMatch(/']]>' in text/);
    expect(refusal('<xml><A><![CDATA[open</A></xml>')).toMatch(/unterminated CDATA/);
  });

  it('nesting deeper than the messages use, too many elements, oversize input, control characters', () => {
    expect(refusal('<xml><a><b><c><d><e/></d></c></b></a></xml>')).toMatch(/nested deeper than 5/);
    expect(refusal(`<xml>${'<A/>'.repeat(500)}</xml>`)).toMatch(/more than 500 elements/);
    expect(refusal(`<xml><A>${'x'.repeat(70_000)}</A></xml>`)).toMatch(/longer than/);
    expect(refusal('<xml><A>\u0000</A></xml>')).toMatch(/control character/);
    expect(refusal(`<xml><${'a'.repeat(65)}/></xml>`)).toMatch(/longer than 64/);
  });

  it('a field that occurs twice (two <Encrypt> must not mean two things)', () => {
    expect(() => fieldsOf(parseCallbackXml('<xml><Encrypt>a</Encrypt><Encrypt>b</Encrypt></xml>'))).toThrow(
      /occurs more than once/,
    );
  });

  it('deep nesting fails fast, not by exhausting the stack', () => {
    const deep = `<xml>${'<a>'.repeat(5_000)}${'</a>'.repeat(5_000)}</xml>`;
    expect(refusal(deep)).toMatch(/nested deeper than 5/);
  });
});

describe('readCallbackMessage', () => {
  it('a text message', () => {
    expect(readCallbackMessage(TEXT)).toEqual({
      kind: 'text',
      from: 'ZhangSan',
      createTime: 1348831860,
      agentId: 1000002,
      msgId: '1234567890123456',
      content: 'AI算力券 & <b>',
    });
  });

  it('a template card click', () => {
    const m = readCallbackMessage(CARD_EVENT);
    expect(m).toMatchObject({
      kind: 'card-click',
      eventKey: 'key111',
      taskId: 'taskid111',
      from: 'FromUser',
    });
    expect(dedupeKey(m)).toBe('card:FromUser:123456789:taskid111:key111');
  });

  it('entering the application, subscribing, and other events', () => {
    const event = (name: string) =>
      `<xml><ToUserName>c</ToUserName><FromUserName>u</FromUserName><CreateTime>1408091189</CreateTime>` +
      `<MsgType>event</MsgType><Event>${name}</Event><EventKey></EventKey><AgentID>1</AgentID></xml>`;
    expect(readCallbackMessage(event('enter_agent'))).toMatchObject({ kind: 'enter', event: 'enter_agent' });
    expect(readCallbackMessage(event('subscribe'))).toMatchObject({ kind: 'enter', event: 'subscribe' });
    expect(dedupeKey(readCallbackMessage(event('subscribe')))).toBe('event:u:1408091189:subscribe');
    expect(readCallbackMessage(event('unsubscribe'))).toEqual({
      kind: 'ignored',
      msgType: 'event',
      event: 'unsubscribe',
    });
  });

  it('a message the bot cannot read (image) and one without a sender', () => {
    const image =
      '<xml><FromUserName>u</FromUserName><CreateTime>1</CreateTime><MsgType>image</MsgType>' +
      '<PicUrl>x</PicUrl><MsgId>9</MsgId></xml>';
    expect(readCallbackMessage(image)).toMatchObject({ kind: 'unreadable', msgType: 'image', msgId: '9' });
    expect(readCallbackMessage('<xml><MsgType>text</MsgType></xml>')).toMatchObject({ kind: 'ignored' });
  });

  it('refuses a text message without MsgId, and a field holding elements', () => {
    expect(() =>
      readCallbackMessage(
        '<xml><FromUserName>u</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>',
      ),
    ).toThrow(XmlRefused);
    expect(() => readCallbackMessage('<xml><FromUserName><x/></FromUserName></xml>')).toThrow(
      /must hold text/,
    );
  });

  it('the envelope: its Encrypt, required', () => {
    expect(readEnvelope('<xml><ToUserName>c</ToUserName><Encrypt><![CDATA[abc=]]></Encrypt></xml>')).toEqual({
      encrypt: 'abc=',
      toUserName: 'c',
      agentId: undefined,
    });
    expect(() => readEnvelope('<xml><ToUserName>c</ToUserName></xml>')).toThrow(/Encrypt/);
  });
});
