// How a message's wish is read before it is searched: the ways people ask “may we apply for it”
// (with or without 条件, the measure first or last, after a sentence of facts, in English) start the
// eligibility check with the words that name the measure; a question about a deadline, or which
// measures fit us, does not.
import { describe, expect, it } from 'vitest';
import { detectIntent, readQuestion } from '../../src/conversation/detectIntent.js';
import { knowledge } from '../helpers/knowledge.js';

const read = (text: string) => detectIntent(text, { glossary: knowledge().glossary });

describe('reading an eligibility question', () => {
  it.each([
    ['我们符合专精特新奖励吗', '专精特新奖励'],
    ['我们公司符不符合研发投入奖励', '研发投入奖励'],
    ['技改专项我们够格吗', '技改专项'],
    ['科技成果转化加计我们公司有份吗', '科技成果转化加计'],
    ['第4项我们符合条件吗', '第4项'],
    ['我们够不够市级技改专项的条件', '市级技改专项'],
    ['我们技改项目投资1500万，够技改专项的门槛吗', '技改专项'],
    ['达到技改专项门槛吗', '技改专项'],
    ['帮我测一下研发投入奖励', '研发投入奖励'],
    ['研发投入奖励有我们的份吗', '研发投入奖励'],
    ['测算AI算力券', 'ai算力券'],
    ['我们是先进制造业企业，工业产值今年8个亿，突破10亿那档的支持能拿吗', '突破10亿那档的支持'],
  ])('%s → the check for “%s”', (text, topic) => {
    expect(read(text)).toEqual({ type: 'eligibility', topic });
  });

  it('reads an English question in the last sentence, after the facts', () => {
    expect(read('We rent GPUs in Singapore for model training. Can we use the AI compute voucher?')).toEqual({
      type: 'eligibility',
      topic: 'the ai compute voucher',
    });
  });

  it.each([
    ['Do we meet the threshold of the city technology upgrading fund?', 'the city technology upgrading fund'],
    [
      'Our project is 15 million yuan. Do we meet the requirements for the technology upgrading support?',
      'the technology upgrading support',
    ],
    ['would we qualify for the AI compute voucher', 'the ai compute voucher'],
    // The last clauses only ask to check: the measure is the clause before them.
    [
      '我们是做SaaS软件的，今年营收破了10个亿，区里对突破10亿的企业那个支持，我们有份吗',
      '区里对突破10亿的企业那个支持',
    ],
    ['研发投入5%那个一次性奖励，帮我过一下条件，看我们够不够', '研发投入5那个一次性奖励'],
    ['技改专项的申报门槛我们够不够 帮忙测一下', '技改专项的申报门槛'],
    ['技改專項我們這次投800萬能報嗎', '技改专项我们这次投800万'],
    ['我们在上海租了云服务器，把ERP和财务系统搬上云，能用AI算力券吗', 'ai算力券'],
    ['科技成果转话那个加计30%，我们能申请吗', '科技成果转话那个加计30'],
    ['Could you check whether we qualify for the one-off R&D reward?', 'the one-off r&d reward'],
    ['专精特新我们还在申报 没批下来 那个不低于10萬的奖励能先领吗', '那个不低于10万的奖励'],
    ['Is our company entitled to the R&D reward?', 'the r&d reward'],
  ])('%s → the check for “%s”', (text, topic) => {
    expect(read(text)).toEqual({ type: 'eligibility', topic });
  });

  it.each([
    ['我们符合哪些政策', 'checkup'],
    ['我们能领吗', 'eligibility'],
    ['满足哪些条件', 'question'],
    ['帮我测一下智能制造成熟度', 'question'],
    ['wo yao zhao ren gong', 'person'],
    ['侬好 搿个机器人讲的阿拉看勿懂 帮阿拉转只人工好伐', 'person'],
    ['any human around?? bot answers r kinda off lol', 'person'],
    ['我想跟你们领导说几句，这个东西问什么都绕来绕去的', 'person'],
    ['☎️？？人工！！', 'person'],
    ['你们讲这么多都没有用，我要和专员讲，哪里可以找到它们？', 'person'],
    ['好 那就找你说的那个专员吧', 'person'],
    ['能不能麻烦哪位老师帮我们看一下，我们公司到底够不够格申请专精特新', 'person'],
    ['申报材料我们都整理好了，不知道谁能帮我看看有没有缺的', 'person'],
    // The writer's own staff and business, not a person asked for.
    ['我们做生鲜配送的，客服和司机加起来三十多人，油价涨了，有没有运输补贴', 'question'],
    ['We run a phone support call centre and want to move our systems to the cloud', 'question'],
    ['好复杂 帮我找个专员', 'person'],
    ['说不清就算了 我直接找你们工作人员', 'person'],
    ['还是找个人跟我确认一下吧', 'person'],
    ['这个展会补贴到底哪个部门管 你帮我约个人聊聊', 'person'],
    ['园区有三家企业的问题协调不下来，想直接升级到区里的中小企业服务部门，请问怎么对接，找谁？', 'person'],
    ['我们旅行社租了云服务器跑一个客服聊天机器人，AI算力券可以申请吗？', 'question'],
    ['这说了等于没说啊，能不能安排个人到我们公司来，当面把税费怎么减讲清楚', 'person'],
    ['能不能给我个电话号码我直接打过去问问政府采购那个预留份额明年到底还延不延续', 'person'],
    ['neng bu neng pai ge zhuanyuan shangmen gei women jiang yixia naxie zhengce hai youxiao', 'person'],
    ['能不能有人帮我们公司整体看一下 到底能享受哪些政策', 'person'],
    ['申请表你直接帮我填了吧，你填不了的话，找个人来帮我填也行', 'person'],
    ['答不上来就别答了，给我个能说话的', 'person'],
    ['你是机器人吗，我要人', 'person'],
    ['麻煩請承辦人員跟我聯繫', 'person'],
    ['好吧 那麻煩幫我找一位承辦人', 'person'],
    ['行 那到底什么时候能到账，你们那边谁管这个', 'person'],
    ['还说啥绿色，电费都快交不起了。你们到底谁能管管', 'person'],
    ['你们这边有没有人能出面帮我们跟上游谈谈', 'person'],
    ['唉 跟机器说不明白，有没有能说上话的', 'person'],
    ['行吧，你们有负责的人吗，我想直接问问', 'person'],
    ['搞这么复杂，你们到底哪个部门管，直接让人跟我说', 'person'],
    ['我要找你們主管，這個機器人回答得不清不楚的', 'person'],
    ['請問能否安排專人到公司拜訪，當面說明紓困方面的政策？', 'person'],
    ['留个言哈😊 我们想了解小升规那块 麻烦工作人员有空联系我一下 谢谢', 'person'],
    // The department in charge of a measure (主管部门), and a person said not to be wanted.
    ['专精特新的主管部门是哪个', 'question'],
    [
      'We are not requesting a human agent; we simply wish to know whether the AI compute voucher covers model training.',
      'question',
    ],
    ['我要客訴', 'person'],
    ['我想找人聊下', 'person'],
    ['This bot is useless, get me someone', 'person'],
    ['THIS BOT IS USELESS. I WANT TO TALK TO A MANAGER, NOW.', 'person'],
    ['is there someone on the government side I could sit down with and go thru our case?', 'person'],
    ['你们这个AI客服能不能换成人工？AI根本听不懂人话', 'person'],
    ['客户的奖励到现在还没到账，催了几次都没下文，我们想投诉，这个找谁', 'person'],
    ['那你说我到底该找谁 别再让我填表了', 'person'],
    ['好 最后帮我联系下区里的专员吧', 'person'],
    ['还是找个人来跟我讲', 'person'],
    ['算了 人工 人工 人工!!!', 'person'],
    ['能直接给个电话吗📞 我打过去问比较快', 'person'],
    // 谁能帮我: who, not which measure (谁能申请 asks who qualifies).
    ['那到底谁能帮我', 'person'],
    ['那到底誰能幫我', 'person'],
    ['so who can actually help me with this?', 'person'],
    ['谁能申请研发奖励', 'question'],
    ['区里有没有对口的人能帮我们看看材料够不够', 'person'],
    ['那我还是想找人复核一下，万一是我们理解错了呢', 'person'],
    ['Could someone from the district actually help us sort this out?', 'person'],
    ['can our company get assigned a caseworker?', 'person'],
    ['看不懂。。人工！人工！', 'person'],
    ['房租、人工都涨了', 'question'],
    ['打字太麻烦了 加我微信吧 有专人对接政策的话加我一下', 'person'],
    ['上礼拜在企业服务云上提了诉求 一般多久会有人回我啊', 'person'],
    ['行 我在松江 你们那边有没有人能具体对接下', 'person'],
    ['好的 到时候让奉贤的专员跟我对接下', 'person'],
    ['行 这两个我想找人细聊 闵行的', 'person'],
    ['能不能有人上门来厂里帮我们捋一捋', 'person'],
    // A business of human agents, and a company of human agents in English, are no wish for a person.
    ['我们是做客服外包的 人工坐席一百二十多个 有没有按人头给的招工补贴', 'question'],
    [
      "We're a call center outsourcing company (human agents mostly), does the AI compute voucher apply to us",
      'question',
    ],
    ['哪些结束了 我好跟专员说的时候心里有数', 'question'],
    ['找人', 'person'],
    ['网店开了四个月 招了3个客服 想问下 社保能不能少交点', 'question'],
    ['我真的看不懂这些 能不能有个人一步一步带我弄', 'person'],
    ['能否请贵单位指定一位专人负责跟进我司的推荐申报全流程?', 'person'],
    ['既然不在措施范围内,烦请告知我司应向哪个部门咨询,并请提供对接人。', 'person'],
    [
      'we would be most grateful if you could nominate a contact person at the competent department',
      'person',
    ],
    ['那房租这事我该找谁问 有没有人能对接一下', 'person'],
    ['具体多少你们也说不准的话 能不能叫gov的人直接联系我', 'person'],
    ['阿拉年纪大了 手机上弄勿来 有人伐', 'person'],
    ['银行说不给续 我找谁说理去', 'person'],
    ['Hi, is there someone who speaks English I could talk to? my mandarin isnt good enough', 'person'],
    // A robot of the writer's own (客服機械人) is no wish for a person.
    ['我哋喺香港租咗GPU雲伺服器，用嚟跑客服機械人，咁可唔可以申請AI算力券？', 'question'],
    ['你能不能帮我给区里经信委打个电话问问我们那个技改项目批了没有', 'person'],
    ['Could someone from the government call me back about this?', 'person'],
    ['rengong zhineng you shenme zhengce', 'question'],
    ['客服', 'person'],
    ['帮我查一下我们公司智评券的申请到哪一步了，上个月就交了', 'person'],
    ['Can you check the status of our application?', 'person'],
    ['你们能不能派个专员来公司一趟，把我们能申请的都过一遍', 'person'],
    ['上回說我們可以用智評券，結果區裡不受理，我要找負責的人反映這件事', 'person'],
    ["I'd rather just speak with an actual human. How do I get hold of one?", 'person'],
    ['我们做人才派遣业务，有什么政策', 'question'],
    ['别再给我贴政策条文了 能不能换个有血有肉的人来回答', 'person'],
    ['转人公 我要跟真仁说话', 'person'],
    ['这些条条框框我看不明白，能不能请区里懂政策的人到我们厂里来一趟', 'person'],
    ['算了，你帮我找个工作人员聊吧', 'person'],
    ['能不能让区里的服务专员上门来给我们讲讲政策？', 'person'],
    ['pls transfer me to 人工', 'person'],
    ['亲 在吗 有人工吗', 'person'],
    ['你到底能干啥 给我叫个人', 'person'],
    ['請問中小企業服務專員的聯繫電話是多少？我想直接打過去問', 'person'],
    ['对不起，我中文不好。我可以和一个人说话吗？是人，不是机器。', 'person'],
    ['您好，我司拟与主管部门当面沟通，烦请提供对接人员及其联系方式', 'person'],
    ['我们是做电话销售外包的小公司，每天要打两百个电话，有什么政策能稳住人？', 'question'],
    ['我们是做上门家电维修的小公司，现在师傅都靠打电话派单，想把派单搬到云上', 'question'],
    ['我们是一家做电话销售的小公司，二十来个人天天打电话，话费和写字楼租金有减免吗', 'question'],
    ['那是要我们自己打电话给银行谈吗，还是要去哪里申请', 'question'],
    [
      'We are a small telemarketing firm (phone sales). Is there anything about social insurance?',
      'question',
    ],
    ['有个老客户欠了我们80多万货款，电话也不接。律师费政府能给报销吗？', 'question'],
    ['金融这块给我列一下，要放进服务包', 'question'],
    ['算力主要是用来做短视频渲染和客服数据存储的，能用算力券吗', 'eligibility'],
    ['区里说好的奖励拖了大半年没到账，这事儿我到底该找谁反映？', 'person'],
    ['麻烦帮我把这个案子转给区里的同事跟进一下', 'person'],
    ['哦已经结束了啊那你帮我转一下人工吧', 'person'],
    ['我司拟建设零碳工厂，烦请安排相关负责同志与我司对接', 'person'],
    ['那麻烦帮我联系一下区里或者街道的人吧', 'person'],
    ['那你找个能办事的工作人员跟我联系', 'person'],
    ['这些我都看不太懂，能不能找个人带我一步步办？', 'person'],
    ['我们客服中心现在有40个真人客服坐席，想再扩招20个，有没有稳岗扩岗方面的政策？', 'question'],
    ['听说区里有服务专员可以上门对接政策，你能帮我约一个下周来我们公司吗', 'person'],
    ['Is there a number I can ring, or someone at the district I can actually talk to?', 'person'],
    ['我们公司做智能客服机器人，帮商家替代人工客服，想把系统部署上云，有什么支持？', 'question'],
    ['有人工成本补贴吗', 'question'],
    ['刚才你们客服小姐姐说技改的门槛降了，降到多少了？', 'question'],
    ['Our customer service staff all work remotely. Any support for cloud tools?', 'question'],
    ['客服说让我找你们，我要人工', 'person'],
    ['电话打不通', 'person'],
    ['这么晚了还有没有值班的？明天一早就要报材料', 'person'],
    ['我在企业服务云上提交的东西等了好久都没回复，到底有没有人管啊', 'person'],
    ['能不能有人跟进一下啊，我们去年评上小巨人，说好的奖励到现在还没到账', 'person'],
    ['申请被退回了，也没说是什么原因，我现在该找谁问？', 'person'],
    ['系统登不上去，验证码也收不到，怎么办', 'person'],
    ['我要找你们上级领导，你这个机器人一直答非所问', 'person'],
    [
      'I submitted our application three weeks ago and nobody has gotten back to us. Can someone follow up?',
      'person',
    ],
    ['欠款这个事有没有人管', 'question'],
    ['我们的申请交上去三周了一点消息都没有，你们能帮我催一下或者找人跟进吗？', 'person'],
    ['你查不了的话那我到底该找谁？能不能直接转给人处理', 'person'],
    ['来回踢皮球一个月了，到底应该找谁？给我个能管事的人', 'person'],
    ['算啦，帮我找个人来跟进一下', 'person'],
    ['打了12345，他们让我来找你们，你们到底有没有人管事', 'person'],
    ['之前打电话问过，说技改专项门槛要2000万，现在是不是降了', 'question'],
    ['客服让我直接问你：专精特新和小巨人的奖励各多少', 'question'],
    ['我按你们的编号在做服务包清单，第3项是啥', 'question'],
    ['算力券审核没通过，客服电话也打不通。我们租的是杭州的算力，到底卡在哪？', 'question'],
    ['AI算力券的服务专员上门对接和企业服务云有什么不同', 'question'],
    ['有沒有真人可以幫我看看我們公司適合哪些政策？', 'person'],
    ['你这个机器问啥都不会 叫个人来跟我说', 'person'],
    ['这个结论我不认，找个能拍板的人跟我说', 'person'],
    ['我们是做人工客服外包的公司，社保一个月交不少，有啥政策', 'question'],
    ['转人工智能方向，有什么政策', 'question'],
    ['我要投诉：之前说会有人上门对接政策，等了两个月也没人来', 'person'],
    ['有没有人能直接帮我看看我们公司的情况？', 'person'],
    ['还是没搞懂，能不能找个人给我讲讲', 'person'],
    ['我们去年研发投入两千六百万，能拿多少', 'question'],
    [
      "Could someone from the government side reach out to me? I'd rather go through it with a person.",
      'person',
    ],
    ['Is there support for a personal loan to a person like me?', 'question'],
    ['我们有客服电话吗，想找客服问问', 'person'],
    // 客服 as a product the company runs is not a wish to talk to one.
    ['我们在上海租了算力给客服机器人跑推理，能申请算力券吗', 'eligibility'],
    ['We build customer service chatbots. Is there support for that?', 'question'],
    ['技改专项的门槛是多少', 'question'],
    // A person said NOT to be wanted; 有没有真人 still asks for one.
    ['我问的是人工智能 不是要转人工!! 人工智能的补帖有没有', 'question'],
    ["I don't want a human, just tell me about the AI computing power voucher", 'question'],
    ['有没有真人啊 机器人说不清楚', 'person'],
    ['我想了解人工智能方面的扶持，not 人工客服 哈', 'question'],
    ['能不能 来个人 上门 到我们厂里 给讲讲 政策', 'person'],
    ['来个人所得税的政策讲讲', 'question'],
    ['那区里的服务专员我去哪找？有联系方式吗', 'person'],
    // A complaint is a wish for a person; a phone or hotline already tried is the story.
    ['投诉！区里说有奖励，到现在一分钱没见着，打了几次电话都踢皮球，到底找谁？', 'person'],
    ['负责这块的领导叫什么名字？我要实名投诉他', 'person'],
    ['电费太高，有没有电费补贴？供电公司让我找经信委，经信委让我打12345，12345又让我找供电公司', 'question'],
    [
      'Hi, nobody on the 12345 hotline could answer in English. How much is the little giant award?',
      'question',
    ],
    ['人工客服成本太高了，我们打算自己训练个模型替掉，要租本市的智能算力，这个有支持吗', 'question'],
    ['文字太多了看着头大，能不能有个人跟我说说', 'person'],
    ['你们这是机器人自动回复的吧？有没有人工啊', 'person'],
    ['你们办公室在哪儿？我下午正好在附近，想当面问问补贴的事', 'person'],
    ['这事三言两语说不清，能不能约个时间跟你们的人聊聊', 'person'],
    [
      "I'd like to make a formal complaint. Our district promised the reward. Who do I complain to?",
      'person',
    ],
    ['this isnt really helping, can i tlak to a real humen pls', 'person'],
    ['专精特新奖励现在还能申请吗', 'question'],
    ['研发投入奖励能拿多少', 'question'],
    ['我们是做软件的，能申请吗', 'question'],
    ['好吧，那就帮我转个人', 'person'],
    ['钱能不能转个人账户', 'question'],
    ['women qu de zhongxiao qiye fuwu zhuanyuan zenme lianxi', 'person'],
    ['is there a way to tlak to a real persn? pls connect me with sombody', 'person'],
    ['Can you connect us with big OEMs in the supply chain?', 'question'],
    // 人工 that a product replaces is not a person asked for.
    ['我们的AI客服产品帮中小企业替掉一部分人工坐席，有政策支持吗', 'question'],
    ['那得满足什么条件才能拿', 'question'],
    ['找个懂行的给我讲讲', 'person'],
    ['我要打12345', 'person'],
    // 12345 inside a mobile number is not the hotline.
    ['手机13812345678,请问外滩哪家餐厅好吃', 'question'],
    ['想找个懂行的服务商做数字化', 'question'],
    ['机器人回答不了，换人', 'person'],
    ['我们想换人做财务', 'question'],
    ['Can an officer come to our factory?', 'person'],
    ['We build AI customer-service agents that replace some of the human agents at SMEs.', 'question'],
    ['你們有沒有熱線電話？我想直接找我們區的中小企業服務專員談', 'person'],
    ['你帮我查一下28条里现在还能申请的是哪几条，我好安排人去弄', 'question'],
    ['想给公司上一套AI客服，替掉一部分人工接电话的活，有没有政策？', 'question'],
    // Who and where the people are, asked outright.
    ['我们区的服务专员是谁', 'person'],
    ['我是想咨询一下，能不能有个专人对接', 'person'],
    ['申请过程中遇到问题找谁', 'person'],
    ['我对这个补贴审核结果有异议，找谁', 'person'],
    ['How do I contact a service specialist?', 'person'],
    ['agent please', 'person'],
    ['ok this isnt really helping. can i speak to a 专员 please, a real one', 'person'],
    ['有没有人好上门来讲讲伐 我店里走勿开的', 'person'],
    ['对对就是要找这个人 怎么找到他', 'person'],
    // The softer words alone: nothing else is asked beside them.
    ['可以上门服务吗', 'person'],
    ['线下哪里可以咨询', 'person'],
    ['办事大厅在哪', 'person'],
    ['有没有微信群可以咨询', 'person'],
    ['嗯 找人', 'person'],
    ['太多了看不懂，有人讲吗', 'person'],
    ['这个我得跟专员确认一下，怎么联系', 'person'],
    ['Can I get someone to call me?', 'person'],
    ['I need to speak with a service specialist', 'person'],
  ])('%s → %s', (text, type) => {
    expect(read(text).type).toBe(type);
  });
});

describe('a follow-up that only asks an aspect', () => {
  it.each([
    ['有截止时间吗', 'deadline'],
    ['那怎么申请', 'apply'],
    ['谁负责', 'department'],
    ['能拿多少', 'amount'],
    ['那得满足什么条件才能拿', 'conditions'],
    ['What would we need to be doing to qualify?', 'conditions'],
    ['那意思就是现在随时都能申请呗？', 'deadline'],
    ['這個政策截止到什麼時候', 'deadline'],
    ['这两个哪个截止了', 'deadline'],
    ['and when does it end?', 'deadline'],
    ['这两个分别最多能给多少', 'amount'],
    ['现在还发不发啊', 'deadline'],
    ['那怎样操作', 'apply'],
  ])('%s asks for the %s of the last measure, naming nothing else', (text, focus) => {
    const intent = readQuestion(text);
    expect(intent.focus).toBe(focus);
    expect(intent.topic.length).toBeLessThanOrEqual(1);
  });
});

describe('the aspect a question asks about', () => {
  it.each([
    ['Who should we contact to use it?', 'department'],
    ['这三条现在分别还能不能用', 'deadline'],
    ['Is the AI compute voucher still available?', 'deadline'],
    ['does the AI compute voucher have an end date?', 'deadline'],
  ])('%s asks for the %s', (text, focus) => {
    expect(readQuestion(text).focus).toBe(focus);
  });
});
