// Today's date for the command line: YIQI_TODAY when set (demos), otherwise the Shanghai date.
import { loadConfig } from '../config.js';
import { toShanghaiDay } from '../kb/statusOn.js';

export function today(): string {
  return loadConfig().YIQI_TODAY ?? toShanghaiDay(new Date());
}
