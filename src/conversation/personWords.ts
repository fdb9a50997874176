// The words that ask for a person, one list per reading, and the words that only look like it
// (a person NOT wanted, a phone already tried). detectIntent reads them on the bare message (no
// spaces or punctuation, lower-cased), so English and pinyin are written without spaces. A list per
// reading keeps each addition reviewable beside its neighbours; the lists are joined into one
// pattern per strength.

/** Joins the readings into one pattern: any of them asks. */
function anyOf(...readings: readonly (readonly RegExp[])[]): RegExp {
  return new RegExp(
    `(?:${readings
      .flat()
      .map((word) => word.source)
      .join('|')})`,
  );
}

/** 转人工, 人工客服, 有人工吗: handed over from the bot to a person (人工 alone is only the whole message; 人工智能, 人工成本 stay what they are). */
const HANDED_TO_A_HUMAN: readonly RegExp[] = [
  /(转只|转|传|找|要|接|叫|换|(?<![\d一二两三四五六七八九十百千万多几])个|真|请|让|安排)人工(?!智能|成本|费)/,
  /(?<![\d一二两三四五六七八九十百千万多几]个|替掉|替代|取代|代替|减少|节省|省掉|省下|降低|部分|一些)人工(客服|服务|坐席|咨询|接待|回复|处理|帮|问|答|聊|对话|沟通|解答|介入|来)(?!外包|公司|业务|行业|团队|坐席|中心|成本|费用|开支|支出|岗位|太贵|人数|压力|[\d一二两三四五六七八九十百千几]|有[\d一二两三四五六七八九十百千几])/,
  /^(?:算了|唉|哎|哎呀|好吧|行吧|那就?)?(?:人工)+(?:吧|啊|呀)?$/,
  /转接/,
  /(?:换成|转成|改成|换回)人工(?!智能|成本|费)/,
  /(?:transfer|转接?)(?:到|给)人工/,
  /转给(?:人|真人|工作人员|专人)/,
  /(?:跟|和|同)人工(?:确认|核实|核对|沟通|咨询|聊|说)/,
  /人工(?:能|可以|能不能|可不可以)(?:帮|给)(?:我|我们)(?:看|查|问|解答|核|确认|回答|处理|讲|说|解释)/,
  /转(?:个|一个|给)?(?:服务)?专员(?!的|是|作用|职责)/,
  /(?:人工){2,}/,
  /转(?:一下|下)(?:人工|真人|客服)/,
  /(?:帮我|给我|帮忙|那就)转(?:个|一个)真?人(?=$|[,，。!！?？]|吧|呗|啊|呀)/,
  /有(?:没有)?人工(?=$|吗|嘛|么|啊|呀|哇|不|没|在|服务|客服|可以|能)(?!智能|成本|费)/,
  /(?<![\d一二两三四五六七八九十几]个|智能|ai|做|卖|替代人工|代替人工|取代人工|替掉人工|减少人工|海外|外贸|电商|网店|售后|招|招聘|当|兼职)客服(?![^，,。?？!！]{0,4}(?:说|讲|告诉|提到|提过|回复说)|[和与、及](?!你们)|加起来|成本|费用|开支|支出|岗位|太贵|人数|压力|中心|坐席|数据|聊天|对话模型|对话系统|对话机器人|机器人|机械人|系统|软件|外包|岗|团队|行业|人员|大模型|模型|产品|平台|saas|ai|智能|公司|业务|应用|app|小程序|工具)/,
];

/** 真人, 活人, 不是机器, 换个人: anyone but a machine. */
const A_REAL_PERSON: readonly RegExp[] = [
  /真人(?!客服坐席|坐席|客服团队|主播)/,
  /活人/,
  /换(?:个|一个)?活的/,
  /(?:和|跟|同)(?:一个|个|真)?人说话/,
  /(?:我要|我想|要|想)(?:跟|和|同)(?:一个|个|真)?人(?:说|聊|讲|沟通|谈)/,
  /不是机器/,
  /有血有肉/,
  /换(?:个)?人(?=$|[,，。!！?？]|吧|来|啊|呀)/,
  /(?:不想|不要)(?:再)?(?:跟|和|同)(?:机器人?|ai|你|电脑)(?:聊|说|对话|打交道)/,
  /不(?:再)?(?:跟|和|同)(?:机器人?|ai|电脑)(?:聊|说|唠|讲|对话|打交道)/,
  /(?:别|不要)(?:再)?(?:让|用)?机器人?(?:回答|回复|答|回我|来回)/,
  /(?:给|帮)(?:我|我们)找(?:个|一个)(?:真)?人(?=$|吧|呀|啊|来|聊|问|说)/,
  /找(?:个|一个)?人对接/,
  /(?:给我|给我们|换|找|来)(?:个|一个|位)能(?:说话|沟通|交流|聊)的/,
  /我(?:要|想要)(?:个|一个)?人(?=$|不要|别|而不是|吧|啊|呀)/,
  /(?:给我|给我们)(?:个|一个)(?:真)?人(?=$|[,，。!！?？吧呀啊]|我|跟|来|对接|联系|聊)/,
  /告诉(?:我|我们)(?:该|应该|到底)?找谁/,
  /直接找(?:个)?人(?:用讲的|用说的|讲|说|聊|问)/,
];

/** 找个人问, 有人能帮, 懂政策的人, 找人帮我填, 有人跟进: a person to explain, fill in or follow up. */
const SOMEONE_TO_HELP: readonly RegExp[] = [
  /找个人问/,
  /找(?:个|一个)?人来(?:跟|和|给)(?:我|我们)(?:讲|说|解释|聊)/,
  /找(?:个|一个)?人(?:具体|详细|好好|当面)?(?:聊|谈|倾)(?:下|一下|聊|谈)/,
  /找(?:个|一个)?人直接(?:聊|谈|说|问)/,
  /找个人(?:给|跟|和|来)(?:我|我们)?(?:的)?(?:老板|领导|老总|负责人)?(?:讲|说|解释|聊|确认|核实|看看|看一下|说明)/,
  /找(?:个|一个)?人(?:确认|核实|核对|咨询)/,
  /找(?:个|一个)?人(?:当面)?(?:说清楚|讲清楚)/,
  /找人帮忙/,
  /找人问/,
  /有人能帮/,
  /换(?:个|一个|位)[^,，。?？]{0,6}人(?:来|回答|跟|和|聊|说)/,
  /找(?:个|一个|位)[^,，。?？]{1,6}的人(?!才|员|手)/,
  /懂(?:政策|行)的(?:人|老师|专家|同志|工作人员)/,
  /懂这块(?:政策)?的(?:人|老师|专家|同志|工作人员)/,
  /找(?:个|一个)?人(?:来)?跟进/,
  /安排(?:个|一个|位|一位)?人(?!去|手|员|力|所得|社保|账户|信息|名下)/,
  /(?:能|可以)?管事的人/,
  /(?:能不能|可不可以|能否|麻烦)?有人(?:帮我们|帮我|给我们|来)?跟进/,
  /帮(?:我们|我)跟进一下/,
  /有没有人(?:能|可以)?(?:直接)?(?:帮|给)(?:我|我们|她|他|她们|他们)/,
  /(?:让|叫)(?:她|他|她们|他们|我们)(?:直接)?(?:去)?找谁/,
  /叫(?:个|一个)人(?:来|过来|(?=$|[,，。!！?？吧呀啊]))/,
  /有(?:个|一个|位)人(?:能|可以)?(?:跟|和|给|同)(?:我|我们)(?:说|讲|聊|解释)/,
  /手把手(?:带|教|帮)(?:一下)?(?:我|我们)/,
  /(?:给我|帮我|给我们|帮我们)?接(?:个|一个|位)人(?!员)/,
  /接(?:个|一个|位)[^,，。?？]{1,6}的人(?!才|员|手)/,
  /能办事的(?:人|工作人员|同志|老师)/,
  /(?:找|派)(?:个|一个|位)?人带(?:我|我们)/,
  /带(?:我|我们)一步步/,
  /找个人帮/,
  /帮(?:我|我们)?找(?:个|一个)(?:真)?人(?=$|[,，。!！?？吧呀啊]|来|问|聊|说)/,
  /找(?:个|一个)?人来帮/,
  /找人帮我/,
  /有(?:个|一个)?人(?:能|可以)?(?:一步一步|一步步|手把手)(?:地)?(?:带|教)(?:我|我们)/,
  /指定(?:一位|一名|一个|个|位|名)?(?:专人|联系人|对接人|工作人员)/,
  /提供(?:一下)?(?:对接人|联系人|对接联系人|对接的联系人)/,
  /有(?:没有)?人(?:能|可以)?(?:直接|具体)?(?:帮(?:我|我们)?)?对接(?!过)/,
  /(?:多久|什么时候|啥时候|几天)(?:才)?(?:会|能)?(?:有人)(?:回|回复|联系|理)/,
  /(?:让|叫|请|安排)[^，,。?？]{0,8}(?:专员|工作人员|同志|老师|你们的人|你们那边的人)[^，,。?？]{0,3}(?:跟|和|与|给|同)(?:我|我们)(?:的)?(?:老板|领导|老总|负责人)?(?:详细|具体|好好|当面)?(?:对接|联系|聊|讲|说|介绍|解释|回话|回个话|回电话|回个电话|打电话|打个电话)/,
  /找(?:个|一个)?人(?:细聊|详聊|细谈|详谈|当面聊|好好聊)/,
  /有人(?:能|可以)?上门(?:来|到)?(?:我们)?(?:的)?(?:厂|公司|店|单位)/,
  /有(?:没有)?人(?:能|可以|好)?上门(?:来)?(?:讲|说|解释|指导|看)/,
  /(?:要|想|得)找(?:这个|这位|那个|那位)(?:人|专员|老师)/,
  /怎么(?:才能)?找到(?:他|她|他们|这个人|这位|那个人|那位)(?=$|[,，。!！?？呢啊呀吧]|我)/,
  /(?:叫|让|请)[^，,。?？]{1,8}的人(?:直接)?(?:联系|打电话给|回电话给)(?:我|我们)/,
  /有没有[^，,。?？]{0,8}的(?:人|同志|老师|工作人员)(?:能|可以)?(?:帮|给|来|对接|联系)/,
  /找(?:个|一个)?人(?:来)?(?:复核|核实|核对|审核|把关|核一下)/,
  /.(?:有人(?:在)?(?:吗|伐|么|嘛))$/,
  /^(?:请问)?有人(?:在)?(?:吗|嘛|么|伐)(?=$|[\s,，。!！?？]|在线)/,
  /(?:能不能|能否|可不可以|可否)有(?:个|一个)?人(?:能|可以)?(?:直接)?(?:帮|给|来|告诉)(?:我|我们)/,
  /有没有(?:个|一个)?人(?:能|可以|会)?(?:往上)?(?:问|解释|讲解|讲讲|讲一下|告诉|回答|答复|指导|帮忙|帮手|给个准话|给句准话|1v1|一对一|反映)/,
  /(?:有没有|来个|找个|换个|要个)(?:能|会)说人话的/,
  /有没有(?:个)?(?:能|可以)(?:直接)?(?:问|咨询|请教)的人/,
  /找(?:个)?人管管/,
  /(?:我|我们)?(?:该|应该|要|得|去|能|可以)(?:去)?问谁/,
  /有人帮我填/,
  /有(?:没有)?(?:谁|人)(?:能|可以|好)?(?:直接)?(?:讲|说|解释|念)给(?:我|我们)听/,
  /有人(?:帮|帮忙|帮一下)(?:吗|嘛|么|不|没)/,
  /(?:让|叫|请|派|安排)(?:个|一个|位|一位)?(?:服务)?专员(?:来|过来|到)[^，,。?？]{0,10}(?:讲|说|解释|看|指导)/,
  /找谁(?:能|可以|才能)?问(?:清楚|明白|个明白)/,
  /有人(?:能|可以)?(?:给我|给我们|跟我|跟我们)?(?:讲|讲讲|讲一下|解释|解释一下|说说|说一下)(?:吗|嘛|么|不|没)/,
  /(?:跟|和|同|找)(?:服务)?专员(?:确认|核实|核对|问问|问一下|咨询)/,
  /帮我一起填/,
  /帮(?:我|我们)(?:看看|看一下|看下|核一下|核对一下|审一下|把把关)(?:材料|资料|申请表|申报材料)/,
  /(?:材料|资料)(?:齐不齐|全不全|够不够)/,
  // (能不能加急啊 alone asks someone to hurry an application; 签证能不能加急 asks about the visa.)
  /^(?:那|那么)?(?:能不能|能否|可以|可不可以|麻烦)?(?:帮我|帮我们)?加急(?:一下|下)?(?:啊|吗|呀|吧|呢|不)/,
  /帮(?:我|我们)(?:去)?(?:跟|和|找|向)[^，,。?？]{0,8}(?:协调|沟通一下|打个招呼|打招呼)/,
  /找(?:个|一个|位)?懂(?:行|政策|这块|这个)的(?!服务商|供应商|合作|公司|机构|团队|代理|中介|软件|系统|平台)/,
  /(?:叫|找|让)(?:个|一个|位)?管事(?:儿)?的/,
];

/** 找服务专员, 专员怎么联系, 工作人员, 安排专员, 负责的人: the staff the source names, or any staff. */
const THE_SPECIALIST_OR_STAFF: readonly RegExp[] = [
  /服务专员(?:我|我们|咱|咱们)?(?:要|该|应该|得)?(?:怎么|如何|去哪|去哪里|哪里|在哪|到哪)(?:找|联系|约)/,
  /(?:怎么|如何|去哪|哪里)(?:找|联系)(?:到)?(?:区里的?|所在区的?|我们区的?)?(?:中小企业)?服务专员/,
  /(?:老师|专家|工作人员|专员)(?:能|可以)?(?:跟|和|同|给)(?:我|我们)(?:聊|讲|说|谈|解释)/,
  /(?:对接人|联系人|工作人员|专员|负责人|对接老师)的?(?:微信|手机号?|联系方式|(?:联系)?电话)/,
  /(?:对接|联系)人员?(?:及其|和|的)?(?:联系方式|电话)/,
  /找(?:个|一个|位|一位)?(?:工作人员|承办人员?|经办人员?|办事员)/,
  /(?:承办人员?|经办人员?|办事员|联络人|联系人|对接人)[^，,。?？]{0,8}(?:联络|联系|对接)/,
  /(?:跟|和|同)(?:一个|一位|个|位)?(?:真正的|真的|正经的)?工作人员(?:说|讲|聊|谈|沟通)/,
  /(?:跟|和|同)(?:服务)?专员(?:说|讲|聊|谈|沟通|当面)(?!的时候|时|之前|前)/,
  /(?:帮我|给我|帮我们)?约(?:个|一个|位|一位)人(?:聊|谈|见|面谈|对接)/,
  /(?:麻烦|请)?(?:哪位|哪个|有没有|有哪位)(?:老师|专家|工作人员|同志|专员)(?:能|可以)?(?:帮|给|来)/,
  /谁(?:能|可以)(?:帮|给)(?:我|我们)(?:看|查|核|审|把关)/,
  /(?:找|约|叫|请)(?:一下)?(?:你们的?|你说的|刚才说的|区里的?)?(?:那个|那位|个|一个|位|一位)?(?:服务)?(?:专员|工作人员)(?!的?(?:作用|职责|队伍|制度|是什么|是干))/,
  /(?:升级|上报|反映)(?:到|给)区里/,
  /(?:怎么|如何)对接[^。？?]{0,6}找谁/,
  /预约.{0,8}(?:专员|工作人员)/,
  /工作人员(?:聊|谈|沟通|对接|联系我)/,
  /(?:安排|派)[^，,。?？]{0,10}(?:同志|专人|负责人)[^，,。?？]{0,6}(?:对接|联系)/,
  /(?:与|和|跟)(?:我司|我方|我公司)(?:联系|对接)/,
  /联系(?:一下)?[^，,。?？]{0,10}的(?:人|同志|工作人员)(?=$|[,，。!！?？吧呀啊])/,
  // (我要转给对口的同事: the writer passes it on, no one is asked for.)
  /(?<!我要|我去|我会|我来|我再|我好|我先|我们要|我们会)(?:转|交)给[^，,。?？]{0,8}(?:同事|工作人员|专员|同志|的人)/,
  /(?:工作人员|专员|同志|老师|承办人员?|经办人员?|办事员)[^，,。?？]{0,4}(?:跟|和|与)(?:我|我们)联系/,
  /(?:找|联系).{0,6}负责(?:的)?人/,
  /找(?:你们)?(?:这边|那边|这里|那里)?(?:的)?负责的(?=$|吧|啊|呀|来|出来|管)/,
  /电话(?:该|应该|要|得)?打给谁/,
  /专员[^。？?]{0,20}(?:咋|怎么|如何|怎样)(?:联系|找到?)(?:他们|他|她)?(?=$|啊|呀|呢|吧)/,
  /安排专员/,
  /(?:服务)?专员是(?:谁|哪位|哪一位|哪个(?!政策|措施|计划|项目|条|方面))/,
  /对接(?:的)?(?:专员|人|老师)是(?:谁|哪位)/,
  /专人(?:对接|负责|跟进|联系|服务)/,
  /有(?:个|一个|位|一位)专人/,
  /(?:遇到|碰到|有|出了?)(?:什么|啥|点)?(?:问题|疑问|状况|困难)(?:了)?(?:该|应该|可以|能|要)?找谁(?!申请|办理|报名|申报)/,
  /你们(?:那边|这边|那里|这里)?(?:到底|究竟)?(?:是)?谁(?:能)?(?:管|负责)/,
  /你们(?:那边|这边)?有(?:没有)?(?:个)?负责(?:的)?人/,
  /(?:到底)?谁(?:能|来)管管/,
  /有没有(?:人|个人|谁)能?(?:直接)?(?:聊|谈|出面|说上话)/,
  /能说上话的(?:人)?(?=$|吗|吧|呀|啊)/,
  /能说上话的(?:工作人员|同志|老师|人)/,
  /(?:有没有|来个|换个|找个)(?:个)?喘气的/,
  /有没有(?:个)?(?:对接人|联系人)/,
  /找谁(?:去)?(?:说理|讲理|说|讲|理论)(?=$|去|吧|呀|啊|呢)/,
  /让人(?:来)?(?:跟|和|给)(?:我|我们)(?:说|讲|联系|解释)/,
  /(?:找|叫|见|要找)(?:你们的?)?主管(?!部门|单位|机关|领导|的部门)/,
  /(?:安排|派)(?:个|一个|一位|位)?专人/,
  /(?:工作人员|专员|老师)[^，,。?？]{0,6}联系(?:一下)?(?:我|我们)/,
  /安排.{0,8}专员/,
  /有没有专人/,
  /有没有(?:个|一个|位)?(?:服务)?专员(?:能|可以|来)?(?:对接|联系|帮|讲|解释)/,
  /找个专人/,
  /找专人/,
  /找专员/,
  /联系专员/,
  /(?:帮我|帮忙|请|麻烦)联系(?:一?下)?(?:区里|所在区|我们区|你们)?的?(?:服务)?专员/,
  /联系服务专员/,
  /联系.{0,8}服务专员/,
  /找.{0,10}服务专员/,
  /专员上门服务/,
  /(?:服务)?专员(?:的)?(?:怎么|如何|咋|怎样|去哪|在哪)(?:联系|找)/,
  /专员(?:在哪|在哪里|在哪儿|哪里找|去哪找|上哪找|哪儿找)/,
  /(?:有人|专人|工作人员|专员)(?:能|可以)?(?:主动)?联系(?:一下)?(?:我|我们)/,
  /留言给(?:工作人员|专员|客服|老师)/,
  /给(?:工作人员|专员|老师)留(?:个)?言/,
  /安排(?:个|一个|位)?(?:老师|专家|工作人员)/,
  /(?:老师|专家)(?:来)?对接一下/,
  /找(?:你们)?区里的(?:人|工作人员|老师|同志)/,
  /区里(?:的)?(?:人|工作人员|老师|同志)(?:来|联系)/,
];

/** 热线电话, 给我回个电话, 给我个电话号码, 加个微信, 拉个群: a line to reach a person on. */
const A_PHONE_OR_CHAT: readonly RegExp[] = [
  /热线电话/,
  /热线号码/,
  /咨询热线/,
  /打电话(?:问|咨询)/,
  /(?:给我|给我们)(?:的)?(?:老板|领导|老总)?(?:打|回)(?:个|一个)?电话/,
  /打(?:个)?电话给(?:我|我们)/,
  /拉(?:个|一个)?(?:微信)?群/,
  /加(?:个|一下)?(?:你们|对接人|专员|老师|工作人员)?的?微信(?!支付|群|公众号|小程序)/,
  /加(?:一下)?我(?:的)?微信/,
  /(?:工作人员|专员|老师|你们的人)[^，,。?？]{0,4}加(?:一下|下|个)?(?:我|我们)?(?:的)?(?:老板|领导|老总)?(?:的)?微信/,
  /(?:给|发|留)(?:我|我们)(?:个|一个)?(?:电话号码|联系电话|号码)/,
  /(?:直接)?给(?:我|我们)?(?:个|一个)(?:电话|号码|手机号|联系电话)(?!费|卡)/,
  /帮(?:我|我们)(?:给|跟|向)[^，,。?？]{0,10}打(?:个|一个)?电话/,
];

/** 当面咨询, 派人, 来我们厂一趟, 上门到我们公司, 一对一, 你们办公室在哪: meeting a person. */
const A_VISIT_OR_MEETING: readonly RegExp[] = [
  /约(?:个)?时间[^。？?！!]{0,16}(?:当面|过去|过来|面谈|见面)/,
  /当面(?:问问|咨询|聊聊|谈谈|请教)/,
  /(?:来|过来)列席/,
  /来(?:我们|我)?(?:公司|厂|店|单位)(?:里)?(?:一趟|看看|坐坐)/,
  /(?:到|来)(?:我们|我)(?:厂|公司|店|单位|这)(?:里)?来?一趟/,
  // (是你们派人帮我去要钱吗 asks what a measure does.)
  /(?<!是(?:你们|政府|区里)?)派(?:个)?人(?!员)/,
  /请(?:个|一个)?人上门/,
  /约(?:个|一个)?时间[^,，。?？]{0,4}(?:跟|和|同)(?:你们的?人|你们|工作人员|专员|老师)/,
  /(?:跟|和|同)你们的?(?:人|同事)(?:聊|谈|说|当面)/,
  /(?:你们|贵单位|你们的)(?:的)?(?:办公室|办公地点|办公地址|地址|单位)在哪/,
  /想当面(?:问|聊|谈|咨询)/,
  /(?:能不能|能否|可不可以|可以|麻烦|请|让|叫)来(?:个|一个|一位|位)人(?=上门|来|过来|到|给|帮|跟|和|讲|$|[,，。!！?？吧呀啊])/,
  /上门(?:到|来)(?:我们|我)(?:的)?(?:厂|公司|店|单位)/,
  /派专人/,
  /派(?:个|位|一个|一位|名)?(?:专员|工作人员|老师|专家|顾问)/,
  /(?:到|来)(?:我们|我)(?:的)?(?:公司|厂|店|单位)来/,
  /一对一|1v1|1对1/,
  /(?:让|请|派|安排|叫)[^,，。?？]{0,10}(?:服务专员|专员|工作人员|的人)[^,，。?？]{0,4}上门/,
  /约(?:一个|个|一位|位)?[^,，。?？]{0,10}来(?:我们|我)(?:公司|厂|店|单位)/,
];

/** 我要投诉, 实名举报, 有没有人管, 找你们领导, 反映情况: a complaint, or the person in charge. */
const A_COMPLAINT_OR_SOMEONE_IN_CHARGE: readonly RegExp[] = [
  /有没有人管事/,
  /有人管事吗/,
  /没人管事/,
  /有没有值班的/,
  /有人值班吗/,
  /有没有人值班/,
  /还有人值班/,
  /(?<!拖欠|欠款|欠薪|事|这个)(?:到底)?有没有人管(?=啊|呀|呢|$)/,
  /(?:找|见|叫)(?:你们)?(?:的)?上级/,
  /(?:我要|我想|要|(?:我们|咱们?)(?:要|想|准备|打算))(?:实名)?(?:投诉|客诉)/,
  /(?:到底|究竟)(?:该|应该|要|得)?找谁(?!申请|办理|报名|申报)/,
  /^(?:我要|我想|想|要)?留(?:个)?言/,
  /留(?:个)?言(?:让|叫|给)(?:人|你们|工作人员|专员)/,
  /(?:让|叫|请)(?:人|他们|她们|工作人员|专员)(?:直接)?(?:回我|回我们|回(?:个)?电话|联系我|联系我们|打电话给我)/,
  /^(?:我要)?投诉(?!无门|处理|系统|管理|平台|率|量)/,
  /实名举报/,
  /有异议|提出异议/,
  /(?:我要|我想|想|要)反映/,
  /(?:找谁|向谁|跟谁|去哪里?|到哪里?)(?:去)?(?:反映|投诉|申诉|讨说法|要说法|催)/,
  /你们(?:的)?(?:领导|上级)/,
  /(?:找|见|叫|跟|和|同)(?:你们)?(?:的)?领导(?!让|要|说|叫|安排|交代)/,
  /领导(?:来|出来|接电话|过来|出面)/,
  /反映情况/,
  /反映问题/,
  /领导(?:在|搁|呆|待)哪/,
];

/** 申请到哪一步了, 被退回了找谁: only a person can look up an application. */
const OUR_APPLICATION_STATUS: readonly RegExp[] = [
  /被退回(?:了)?[^，,。?？]{0,16}找谁/,
  /查(?:一下|一查|查)?[^，,。?？]{0,16}(?:申请|申报|材料)(?:的)?(?:到哪一?步|进度|进展|审核状态|审批状态)/,
  /(?:申请|申报)(?:的)?(?:到哪一?步了|走到哪一?步)/,
  /checkthestatusof(?:our|my)/,
  /statusof(?:our|my)application/,
  /whereis(?:our|my)application/,
];

/** talk to a human, a real person, customer service, file a complaint, who can I talk to (read bare: no spaces). */
const ENGLISH: readonly RegExp[] = [
  /who(?:should|can|could|do|would)(?:i|we|my(?:client|customer)|they|our(?:client|customer)s?)(?:actually|really)?(?:speak|talk)to(?:forhelp|now|aboutthis|aboutit|$)/,
  /someonefollowup/,
  /cansomeonefollow/,
  /followupon(?:this|it|our)/,
  /whois(?:actually|really)?responsible/,
  /(?:nobody|noone)(?:has)?(?:gotten|got|gets)back/,
  /talk(?:this|it)through/,
  /actualofficer/,
  /realofficer/,
  /officerinmydistrict/,
  /(?:talk|speak)(?:to|with)(?:a|an|the|my)?(?:actual|real)?(?:officer|specialist|adviser|advisor)/,
  /(?:speak|talk|chat)(?:to|with)your(?:manager|supervisor|boss|colleagues?|staff|team|officers?)/,
  /(?:speak|talk|chat)(?:to|with)(?:a|the|some)(?:manager|supervisor)/,
  /(?:officer|someone|somebody|anyone|staff|specialist|person)[a-z]{0,30}?(?:come|visit)(?:to|over|out)?(?:to)?(?:our|my|us)/,
  /whocan(?:i|we)(?:talk|speak)to/,
  /sitdownwith/,
  /(?:could|can|would)(?:someone|somebody|anyone)(?:from[a-z]{0,24})?(?:actually|really|please)?help/,
  /caseworker/,
  /(?:我要|我想|我们要)complain|whocan(?:i|we)(?:投诉|complain)/,
  /(?:officer|someone|somebody|anyone|staff|specialist|person)[a-z]{0,30}?(?:come|visit)(?:on|to)?(?:site|onsite|inperson)/,
  /(?:humna|huamn|humen|hooman)agent(?!s)|^agent(?:plz|pls|please)/,
  /(?:to|a|with)(?:humn|humna|huamn|hooman)(?![aeiou])/,
  /someoneofficial|(?:walk|take)(?:me|us|them)through[a-z]{0,40}(?:inameeting|inperson|onsite)/,
  /(?:get|have|need|want)(?:a|some)?(?:person|human|someone|somebody|staff)to(?:walk|help|guide|take|go|sit)/,
  /(?:someone|somebody|anyone|aperson|astaff)(?:from[a-z]{0,24})?(?:to)?(?:call|ring|phone|contact)(?:me|us|him|her|them|ourboss|myboss|theboss)/,
  // (Who should he contact: someone asked for on another's behalf; who should we contact to use it asks about the measure.)
  /who(?:should|can|could|does|would)(?:he|she|my(?:boss|client|customer)|our(?:boss|client|customer)s?)(?:actually|really)?(?:contact|call|reach)/,
  /who(?:in|at|from)[a-z]{0,20}(?:can|could|should|do)(?:i|we)(?:talk|speak)to/,
  /caseofficer|(?:one|a)person(?:who(?:is)?)?assignedto/,
  /(?:speak|talk|chat)(?:to|with)(?:a|an|the|your|our|my)?(?:district(?:s)?)?(?:sme)?(?:service)?(?:specialist|officer|专员)/,
  /(?:contact|reach|find|getholdof|getintouchwith)(?:a|an|the|our|my|your)?(?:district(?:s)?)?(?:sme)?(?:service)?specialist/,
  /^(?:an?)?(?:human|agent|operator|realperson)(?:pls|plz|please)$|^(?:pls|plz|please)(?:an?)?(?:human|agent|operator)$/,
  /nominate(?:a|an)?(?:contact|person|officer|specialist)/,
  /arrange(?:a|an|for)?(?:contactperson|contact|person|officer|specialist|caseworker|meeting|call|visit)/,
  /(?:get|be|been)assigned(?:a|an)(?:caseworker|contact|contactperson|officer|person|accountmanager)/,
  /someone(?:on|from)(?:the)?government(?:side)?/,
  /get(?:me|us)(?:a|an)?(?:someone|somebody|human|person|realperson|officer|manager|supervisor)/,
  /help(?:from|of)a(?:real)?(?:person|human)/,
  /ahuman/,
  /(?<!comp)anyhuman(?!ity|itarian|res)/,
  /tohuman/,
  /humanagent(?!s)/,
  /humanplease/,
  /humansupport/,
  /realhuman/,
  /realperson/,
  /actualhuman/,
  /actualperson/,
  /reachoutto(?:me|us)/,
  /getintouchwith(?:me|us)/,
  /(?:with|to)a(?:real)?human(?!ity)/,
  /witha(?:real)?person(?!al|nel)/,
  /toarealperson/,
  /(?:talk|speak|chat)(?:to|with)(?:a|an|the|some)?(?:actual|real|live)?(?:human|person|people|someone|somebody|staff)/,
  /connect(?:me|us)(?:with|to)(?:a|an|some)?(?:real|actual|live)?(?:person|persn|human|someone|somebody|sombody|somone|agent|staff|officer|specialist)/,
  /areal(?:persn|perosn|humna|humen|huamn|hooman)/,
  /(?:make|file|lodge|raise|submit)(?:a)?(?:formal|official)?complaint/,
  /who(?:do|can|should)(?:i|we)complainto/,
  /formalcomplaint/,
  /liveagent/,
  /liveperson/,
  /speaktosomeone/,
  /talktosomeone/,
  /speaktoaperson/,
  /talktoaperson/,
  /(?<!m)anagent(?!s)/,
  /arepresentative/,
  /(?<!our|my|their|for)customerservice(?!robot|bot|chatbot|system|software|team|outsourc|agents|product|platform|ai|staff|department|dept|people|reps)/,
  /(talkto|speakto|chatwith)(a|an|the)?(human|person|agent|someone|somebody|representative|staff|人工|真人|客服|专员|服务专员|工作人员)/,
  /transfer(?:me|us)(?:to|over|through)?/,
  /(?:number|someone|somebody|anyone|aperson)[a-z]{0,30}?(?:i|we)(?:can|could)(?:actually|really|just)?(?:ring|call|phone|talkto|speakto)/,
];

/** zhuanrengong, zhaorenwen, lianxi zhuanyuan: the same asks typed in pinyin (read bare). */
const PINYIN: readonly RegExp[] = [
  /zhaogerenwen/,
  /zhaorenwen/,
  /zhaogerenbang/,
  /youmeiyouren(?:neng|keyi|hui)?(?:zhijie)?(?:bang|wen|jieshi|gaosu|jiang)/,
  /yourennengbang/,
  /zhuanyuan(?:de)?(?:zenme|ruhe|zenyang)(?:lianxi|zhao)/,
  /zhuanrengong/,
  /(?:zhao|yao|jie|qing)rengong(?!zhineng)/,
  /(?:zhao|lianxi|yue|pai|anpai|jiao)(?:ge|yige|wei)?(?:fuwu)?zhuanyuan/,
  /rengongkefu/,
  /zrg(?![a-z])/,
  /rengongfuwu/,
  /zhaozhenren/,
  /zhenren/,
];

/** Asks that can only mean a person is wanted. */
export const PERSON_STRONG = anyOf(
  HANDED_TO_A_HUMAN,
  A_REAL_PERSON,
  SOMEONE_TO_HELP,
  THE_SPECIALIST_OR_STAFF,
  A_PHONE_OR_CHAT,
  A_VISIT_OR_MEETING,
  A_COMPLAINT_OR_SOMEONE_IN_CHARGE,
  OUR_APPLICATION_STATUS,
  ENGLISH,
  PINYIN,
);

/** 电话, 热线, 联系方式, 邮箱, 12345, phone, call me back: a way to reach someone, asked for. */
const A_PHONE_OR_ADDRESS: readonly RegExp[] = [
  /(?<!接|[\d百千十两几]个|天天打|每天打|整天打|一直打|都在打)电话(?!销售|营销|外包|派单|接单|机|费|卡|给(?:银行|客户|供应商|他们|对方|老客户))/,
  /座机/,
  /(?:微信|企微|qq|咨询|交流|服务)群/,
  /热线/,
  /联系方式/,
  /怎么联系你们/,
  /找谁咨询/,
  /(?:给|留)(?:个|一个)?邮箱/,
  /邮箱(?:地址)?(?:是|多少)/,
  /发(?:到|给)你们(?:的)?邮箱/,
  /email address/,
  /(?:可以|能)?直接联系的人/,
  /dianhua/,
  /lianxifangshi/,
  /(?<!\d)12345(?!\d)/,
  /numberi(?:can|could)call/,
  /numbertocall/,
  /hotline/,
  /phone(?!sales|marketing|bills?|accessor|cases?|repair|shop|store|support)/,
  /callsomeone/,
  /callmeback/,
  /callusback/,
  /givemeacall/,
  /giveusacall/,
  /ringmeback/,
  /ringusback/,
  /ringback/,
];

/** 没人理, 没人回复, 登不上, 验证码收不到: stuck, and nobody to ask. */
const NOBODY_ANSWERS: readonly RegExp[] = [
  /没人理(?:我|我们)?/,
  /没(?:有)?人回(?:复|我|我们)?/,
  /登不上/,
  /登录不了/,
  /登不进/,
  /进不去系统/,
  /验证码(?:也)?收不到/,
];

/** 窗口, 视频, 上门, 当面, 面对面, in person: a desk, a call on video, a visit. */
const A_DESK_OR_A_MEETING: readonly RegExp[] = [
  /办事的窗口/,
  /线下(?:哪里|在哪|去哪|哪儿)?(?:可以|能)?(?:咨询|办理|问)/,
  /(?:哪里|在哪|去哪|哪儿)(?:可以|能)(?:当面|线下)?咨询/,
  /(?:办事|服务|政务)大厅/,
  /线下(?:的)?窗口/,
  /能不能视频/,
  /可以视频吗/,
  /开(?:个)?视频/,
  /视频(?:通话|连线)/,
  /(?<!政策)上门(?:服务|指导|咨询|讲解)?(?!对接|[^,，。?？!！]{0,2}(?:维修|安装|家政|保洁|回收|取件|配送))/,
  /当面/,
  /面谈/,
  /见面/,
  /线下窗口/,
  /办事窗口/,
  /服务窗口/,
  /去窗口/,
  /visitus/,
  /inperson/,
  /someonetovisit/,
  /facetoface/,
  /线下(?:的)?服务/,
  /(?:直接|亲自|自己)(?:跑|去|过去)(?:一趟|一次)/,
  /面对面/,
  /坐下来(?:聊|谈)/,
  /约出来/,
  /dangmian/,
  /mianduimian/,
  /whichoffice/,
  /walkinto(?:an|the|your)?office/,
  /gotoanoffice/,
  /visityouroffice/,
];

/** 投诉, 申诉, 举报, 负责人, 帮我们催: a complaint or someone to chase (softer: 投诉 may be about a topic). */
const A_COMPLAINT: readonly RegExp[] = [
  /帮(?:我|我们)催/,
  /(?:跟|和|找)负责[^，,。？?]{0,6}的(?:同志|人|老师|领导)/,
  /负责人/,
  /投诉/,
  /申诉/,
  /举报/,
  /tousu/,
  /complain/,
];

/**
 * 那到底谁能帮我, who can actually help us: someone asked for — unless a need beside it is asked about
 * for the first time (这块谁能帮我们降一降 asks whether anything covers it).
 */
const WHO_HELPS: readonly RegExp[] = [
  /(?<![对给为帮])谁(?:能|可以|能够|会|来|可|又能|还能)?帮(?!扶|谁)/,
  /who(?:can|could|will|would)(?:actually|really)?help(?:me|us)/,
];
/** The same, on its own: whether the soft ask is “who can help”. */
export const ASKS_WHO_HELPS = anyOf(WHO_HELPS);
/**
 * The writer's own complaint or someone to chase (想投诉, 我要申诉, 帮我们催): beside a measure it is
 * about that measure, and a person is wanted (客户投诉我们, 投诉无门 are the story).
 */
export const COMPLAINS =
  /(?:^|想|要|我|我们|\d)(?:投诉|申诉|举报|tousu)(?!无门|处理|系统|管理|平台|率|量)|帮(?:我|我们)催/u;

/** Asks that want a person unless the message asks about a topic the bot can answer beside them. */
export const PERSON_SOFT = anyOf(
  A_PHONE_OR_ADDRESS,
  NOBODY_ANSWERS,
  A_DESK_OR_A_MEETING,
  A_COMPLAINT,
  WHO_HELPS,
);
/** The same, for taking every softer word out of a message (what is left may name a measure). */
export const PERSON_SOFT_EVERYWHERE = new RegExp(PERSON_SOFT.source, 'g');

/** The same asked with homophones (转人公, 跟真仁说话), read by sound. */
export const PERSON_SOUND =
  /zhuanrengong(?!zhineng)|(?:zhao|gen|he|yao)zhenren|zhenren(?:shuohua|liaotian|kefu(?!zuoxi|tuandui)|duihua)|(?:rang|pai|jiao|zhao|anpai)[a-z]{0,14}ren[a-z]{0,8}shangmen/;

/** The whole message is only 人工 / 客服 / human (emoji taken out first). */
export const PERSON_ALONE =
  /^(?:嗯|嗯嗯|好|好的|行|那|那就|ok|okay)?(?:人工|客服|转|转吧|转一下|找人|找个人|要找人|我要找人|人工人工|rengong|kefu|agent|operator|person|human|人|(?:真)?人呢|人工呢|客服呢|(?:a )?human(?:pls|plz|please)|(?:pls|plz|please)human)$/;

/** Where a clause ends for “not a person”: marks and emoji (not 人工客服 is one clause). */
export const WORDS_APART = /[,，。.!！?？;；:：、~～]+|\s*\p{Extended_Pictographic}+\s*/u;

/** 我问的是人工智能，不是要转人工: a person is said NOT to be wanted. */
export const NOT_A_PERSON =
  /(?:不用|不需要|无需|用不着)(?:找|转|叫)?(?:人工|客服|真人)|(?<!有|听到|看到|到|等于)(?:不是|并不是|并非|不|没|没有|没说|又没说|别给我|别)(?:要|想|让你|叫你|找)?(?:转人工|转接人工|人工客服|找人工|真人|找真人|转客服)|(?:dont|donot|didnt|not)(?:want|need|asking|askingfor|askfor|requesting|request|lookingfor)?(?:a|to)?(?:talkto|speakto)?(?:a)?(?:human|person|agent)|not(?:a|an|the)?(?:转人工|人工客服|人工(?!智能)|客服|真人)/u;

/** A phone, hotline or desk the writer already tried, or that sent them here (打了几次电话, 12345让我…, 园区客服让我来问, on the 12345 hotline). */
export const TRIED_CONTACT =
  /(?:园区|区里|街道|那边|他们)?(?:的)?(?:客服|工作人员|专员|热线)(?:让|叫|说让|说叫)(?:我|我们)(?:来|过来|到这|直接问你|问你|来问)|(?:打了|打过|拨了|拨过)(?:[几好两三]次|好几次|很多次|无数次|半天|一天|n次)?(?:的)?电话|(?:之前|以前|上次|已经)?打(?:过)?电话问过|(?:客服|热线)?电话(?:总是|永远|一直|老是|都|也)?(?:打不通|没人接|不接|占线|踢皮球)|(?:人社|税务|区里|街道|那边|他们)[^,，。?？!！]{0,4}电话[^,，。?？!！]{0,6}(?:打不通|没人接|占线)|12345(?:热线)?(?:又|还|也)?(?:让|叫|说|都|那边|打了|打过|问过|推给|转给)|(?:打了|打过|问过|找过|找了)12345|(?:让|叫)(?:我|我们)?(?:找|打|问)12345|(?:on|at|called|rang|tried|calling|ringing)(?:the)?12345(?:hotline)?|12345hotline(?:could|couldn|said|told|sent|can)/g;
