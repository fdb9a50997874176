// Today's date for the bot: YIQI_TODAY when set (demos, tests), otherwise the day in Shanghai now.
import type { Config } from './config.js';
import { toShanghaiDay } from './kb/statusOn.js';

export function todayFrom(config: Pick<Config, 'YIQI_TODAY'>): () => string {
  return () => config.YIQI_TODAY ?? toShanghaiDay(new Date());
}
