// Every sentence the eligibility core writes itself (re-prompts, amount wording, the headings of the
// 服务包), in one place so reviewers read them together and tests assert against them. The facts they
// frame — reasons, benefits, amounts — come from the knowledge base, never from here.

export const texts = Object.freeze({
  retry: Object.freeze({
    amount: '请输入金额,例如“{example}”或“{other}”。',
    amountUnit: '请带上单位,例如“{n}万”或“{n}元”。',
    negative: '金额不能是负数,请重新输入,例如“{example}”。',
    yesNo: '请回答“是”或“否”。',
    choice: '请回复选项编号(1–{count})或名称,例如“1”或“{example}”。',
  }),
  prompt: Object.freeze({
    option: '{n}. {label}',
  }),
  answer: Object.freeze({ yes: '是', no: '否', missing: '未回答' }),
  evaluation: Object.freeze({
    unknown: '信息不全,暂无法判断。',
    noRules: '暂无这项措施的适用条件数据。',
    ended: '{what},这一阶段性政策已于{until}结束。',
    floor: '不低于{amount}',
    upTo: '最高{amount}',
    calc: '{base} × {rate}% = {result}',
    capped: '{calc},超过上限{cap},按{cap}计',
    upToCalc: '{text}:{calc}',
  }),
  pkg: Object.freeze({
    title: '企业政策服务包',
    date: '日期',
    basis: '依据',
    profile: '企业情况',
    universal: '普惠性政策',
    universalIntro: '本市中小微企业均可关注:',
    targeted: '个性化政策',
    targetedIntro: '按企业情况适用:',
    possible: '可能适用(需区/部门确认)',
    notEligible: '未列入(按所填情况暂不适用)',
    ended: '已结束',
    channels: '申请渠道',
    notes: '说明',
    none: '无',
    numberLabel: '第{number}项',
    officialArticle: '官方通知第{label}条',
    amount: '金额',
    reason: '说明',
    support: '支持',
    missing: '尚需确认:{labels}',
    noAmount: '未提供{label},无法测算金额',
    disclaimer:
      '本服务包根据企业自述情况和《若干措施》的公开报道初步整理,不是审核结论;申报条件、金额和时间以责任部门或所在区正式发布的通知为准。',
  }),
  cli: Object.freeze({
    intro: '政策体检:请逐题回答(输入“跳过”可跳过一题),回答完后输出企业政策服务包。',
    progress: '[{n}] ',
    skipped: '已跳过这一题。',
    gaveUp: '连续{count}次未能识别,已跳过这一题。',
  }),
});

/** Fills {placeholders}; a placeholder without a value stays visible so a missing value is noticed. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}
