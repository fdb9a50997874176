// The 企业微信 / 政务微信 channel: the callback routes, the adapter, and what other parts may use
// (proactive messages go through `WeComChannel.adapter`).
export { mountWeCom, WECOM_PATH, type WeComChannel, type WeComDeps } from './mountWeCom.js';
export { WeComAdapter, WECOM_CHANNEL_ID } from './WeComAdapter.js';
