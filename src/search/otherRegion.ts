// Names of other provinces, major cities and countries. A question about another region's policy
// (深圳的专精特新, 北京中小企业补贴, Singapore's grants) is outside this knowledge base, however many words
// it shares with it — unless it names Shanghai too (“租贵州的算力能申请上海的算力券吗”) or the region is
// only background (从深圳搬来, 欧洲客户, export to Europe, GPUs rented in Singapore, 算力租在深圳, 在杭州租的). 外地 and 外省
// are not here: “租外地的算力能用算力券吗” asks about a measure of this package.
const REGIONS =
  `北京 天津 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川
贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 深圳 广州 杭州 南京 苏州 无锡 宁波 合肥 武汉
成都 西安 长沙 郑州 济南 青岛 厦门 福州 大连 沈阳 哈尔滨 长春 昆明 南宁 石家庄 太原 南昌 贵阳 兰州 东莞 佛山 温州
常州 嘉兴 南通 昆山 雄安 乌兰察布 呼和浩特 张家口 庆阳 中卫 新竹 美国 新加坡 日本 韩国 英国 德国 欧洲 欧盟`
    .split(/\s+/)
    .filter(Boolean);

/** Regions other than Shanghai, by their Chinese names (for phrases such as 租…〈外地〉 in eligibility.yaml). */
export const OTHER_REGIONS: readonly string[] = REGIONS;

/** The same in English and pinyin, matched as whole words (questions are lower-cased by now). */
const LATIN_REGIONS =
  `beijing, tianjin, chongqing, hebei, shanxi, liaoning, jilin, heilongjiang, jiangsu, zhejiang, anhui,
fujian, jiangxi, shandong, henan, hubei, hunan, guangdong, hainan, sichuan, guizhou, yunnan, shaanxi, gansu, qinghai,
taiwan, hong kong, macau, macao, shenzhen, guangzhou, hangzhou, nanjing, suzhou, wuxi, ningbo, hefei, wuhan, chengdu,
xi'an, xian, changsha, zhengzhou, jinan, qingdao, xiamen, fuzhou, dalian, shenyang, harbin, kunming, dongguan, foshan,
wenzhou, changzhou, jiaxing, nantong, kunshan, united states, america, american, usa, singapore, japan, korea,
uk, britain, germany, europe, european`
    .split(/,\s*/)
    .filter(Boolean);

/** The first characters of the Chinese names: a question with none of them (and no Latin letters) names no region. */
const FIRST_CHARS = new Set(REGIONS.map((r) => r[0]!));

function mayNameRegion(text: string): boolean {
  for (const ch of text) if (FIRST_CHARS.has(ch) || (ch >= 'a' && ch <= 'z')) return true;
  return false;
}

const PATTERN = new RegExp(`(${REGIONS.join('|')})|\\b(${LATIN_REGIONS.join('|')})\\b`, 'g');

/** Shanghai, or one of its districts and parks: the question is about here. */
const SHANGHAI =
  /上海|沪|本市|浦东|黄浦|徐汇|长宁|静安|普陀|虹口|杨浦|闵行|宝山|嘉定|金山|松江|青浦|奉贤|崇明|临港|张江|漕河泾|\b(?:shanghai|pudong|huangpu|xuhui|changning|jing'?an|putuo|hongkou|yangpu|minhang|baoshan|jiading|jinshan|songjiang|qingpu|fengxian|chongming|lingang|zhangjiang|caohejing|hongqiao)\b/;

/**
 * A region the company comes from or deals with (从深圳搬来, 欧洲客户, 出口欧洲, 卖到日本,
 * 给欧洲几家商超供货, 欧洲订单掉了一半, 做日本料理), not the policy's region.
 */
const BACKGROUND_BEFORE =
  /(?:从|由|自|出口到?|销往|卖到|发往|运往|出海到?|租在|租的|租的是|租了|租用了|租|向|放在|托管在|部署在|给|供货给|做|aws|azure|gcp|阿里云|腾讯云)$/;
/**
 * After a region's name: a street of Shanghai named after it (南京路, 北京东路, 四川北路), a dish or a person from there
 * (兰州拉面, 四川菜, 温州人), its capital (新加坡投资的), or what only sets the scene.
 */
const BACKGROUND_AFTER =
  /^(?:[东西南北中]?路|大道|街|[一二三四五六七八九十\d]+号|搬|迁|过来|回来|来的|调(?=[一二两三四五六七八九十几\d个位名人]|过来|来)|同事|的同事|员工|的员工|客户|的客户|供应商|厂商|市场|订单|的订单|几家|的几家|[一二两三四五六七八九十几\d]+家|商超|连锁|的连锁|买家|的买家|采购商|客商|品牌|的品牌|那边的客户|那边的订单|那边的市场|那边客户|那边订单|那边市场|那边的单子|线|航线|运费|的运费|海运|总部|分公司|工厂|的工厂|的算力(?![券卷劵])|租|那边租|的机房|机房|那边的gpu|那边的机房|那边的服务器|那边的显卡|的gpu集群|的服务器|服务器|的数据中|数据中心|(?:的)?(?:一个|一家|某个|某)(?:数据|机房|云|idc|gpu|服务器)|那边的算|的云|云上|的gpu|gpu|的显卡|的节点|区的|投资|独资|合资|资本|展|的展|参展|申请专利|专利|的专利|申请商标|商标|科隆|汉诺威|慕尼黑|拉面|牛肉面|小面|米粉|米线|螺蛳粉|小吃|烤鸭|火锅|菜馆|菜|风味|料理|特产|口味|早茶|茶餐厅|大盘鸡|麻辣烫|串串|烧烤|包子|锅盔|人(?!社|民|大|力|才))/;

/** Going there (去德国参展, 去美国和欧洲申请专利): a trip or a filing abroad, not that region's policy. */
const GOES_THERE_TO = /(?:去|到|赴|前往)$/u;
const GOES_THERE_FOR =
  /^(?:(?:和|、|及|或)\p{Script=Han}{1,3})?(?:参展|参加展|参加.{0,4}展会|办展|申请专利|申请商标|注册商标)/u;

/** Where the group is at home (母公司在德国, parent company在德国, 总部设在香港): background. */
const HOME_OF_PARENT =
  /(?:总部|母公司|总公司|集团|股东|parent ?company|headquarters?|\bhq)\s*(?:在|设在|位于|是|来自)\s*$/u;
/** The same in English: export to Europe, moved from Shenzhen, GPUs rented in Singapore, customers in Japan. */
const LATIN_BACKGROUND_BEFORE =
  /(?:\b(?:to|from|into)|\b(?:gpus?|servers?|compute|computing power|data cent(?:er|re)s?|customers?|clients?|suppliers?|factory|factories|plants?|offices?|branch(?:es)?|headquarters|hq)\s+(?:in|at|from))\s+$/;
const LATIN_BACKGROUND_AFTER =
  /^\s*(?:-\s*|\s)?(?:invested|owned|funded|backed|headquartered)\b|^\s*(?:'s\s+)?(?:customers?|clients?|suppliers?|market|headquarters|hq|office|branch|factory|plant)\b/;

/** A region typed in Latin letters as a reply names it (questions are lower-cased): Hong Kong, USA. */
function displayName(region: string): string {
  if (region.length <= 3) return region.toUpperCase();
  return region.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
}

/** Shanghai named only to compare the other region with it (跟上海比哪边多): the question is about there. */
const COMPARED_WITH_SHANGHAI =
  /(?:跟|和|与|同)上海(?:比|相比|比较|比起来)|比上海|\bcompared? (?:to|with) shanghai\b|\bthan (?:in )?shanghai\b/gu;

/** The other region a question asks about, if any (and it does not name Shanghai too). */
export function otherRegion(text: string): string | undefined {
  if (!mayNameRegion(text) || SHANGHAI.test(text.replace(COMPARED_WITH_SHANGHAI, ' '))) return undefined;
  for (const m of text.matchAll(PATTERN)) {
    const latin = m[2] !== undefined;
    const before = text.slice(Math.max(0, m.index - (latin ? 40 : 3)), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + (latin ? 16 : 4));
    if (latin && (LATIN_BACKGROUND_BEFORE.test(before) || LATIN_BACKGROUND_AFTER.test(after))) continue;
    if (BACKGROUND_BEFORE.test(before) || BACKGROUND_AFTER.test(after)) continue;
    if (HOME_OF_PARENT.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (
      GOES_THERE_TO.test(before) &&
      GOES_THERE_FOR.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
    )
      continue;
    return m[1] ?? displayName(m[2]!);
  }
  return undefined;
}
