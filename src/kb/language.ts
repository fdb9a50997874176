// The languages the bot answers in. Chinese is the default; English follows an English message.
export type Lang = 'zh' | 'en';
