// WeCom's documented limits the channel relies on, in one place, each with where it is written.
// Pages are on developer.work.weixin.qq.com/document/path/<n>: 90236 发送应用消息 (message/send),
// 90930 回调配置, 90968 加解密方案, 91039 获取access_token, 90313 全局错误码, 90240 模板卡片事件推送.

/** 90236 text: "消息内容,最长不超过2048个字节,超过将截断" — bytes of UTF-8. */
export const TEXT_MAX_BYTES = 2048;

/**
 * 90236 markdown: "markdown内容,最长不超过2048个字节,必须是utf8编码". (4096 is the group robot's
 * webhook limit, not the application message API's.)
 */
export const MARKDOWN_MAX_BYTES = 2048;

/** 90236 template_card button_interaction: "按钮列表,列表长度不超过6". */
export const MAX_BUTTONS = 6;

/** 90236 button_list.key: "最长支持1024字节,不可重复" (within one card). */
export const BUTTON_KEY_MAX_BYTES = 1024;

/** 90236 task_id: "同一个应用任务id不能重复,只能由数字、字母和“_-@”组成,最长128字节". */
export const TASK_ID_MAX_BYTES = 128;

/** 90236 main_title.title: "建议不超过36个字" (advice, not enforced by the API). */
export const MAIN_TITLE_ADVISED_CHARS = 36;

/** 90236 sub_title_text: "建议不超过160个字" (advice). */
export const SUB_TITLE_ADVISED_CHARS = 160;

/**
 * 90930: a callback not answered within 5 seconds is retried (three times in all); the signature
 * carries a timestamp, and we refuse one more than 5 minutes away from our clock (a replay).
 */
export const CALLBACK_MAX_AGE_SECONDS = 300;

/**
 * Largest callback body read. A real callback is an <Encrypt> of one message (text content is at
 * most 2048 bytes, so a few KiB after base64); 64 KiB leaves room and bounds the work a stranger
 * can make us do before the signature is checked.
 */
export const CALLBACK_MAX_BODY_BYTES = 64 * 1024;

/** How long a callback is remembered to answer WeCom's retries once (they come within seconds). */
export const DEDUPE_TTL_MS = 10 * 60 * 1000;

/** At most this many callbacks remembered for deduplication (the oldest are forgotten first). */
export const DEDUPE_MAX_ENTRIES = 20_000;

/** 91039 gettoken: expires_in is 7200 s; we refresh this long before it runs out. */
export const TOKEN_EXPIRY_MARGIN_SECONDS = 300;

/** Deadline of every call to WeCom's API. */
export const API_TIMEOUT_MS = 10_000;

/**
 * 90313 全局错误码: 40014 不合法的access_token, 42001 access_token已过期; 40001 不合法的secret参数 (also
 * answered for a token minted with a secret that was since reset). On these the token is fetched
 * again once and the call retried once.
 */
export const TOKEN_ERRCODES: ReadonlySet<number> = new Set([40001, 40014, 42001]);
