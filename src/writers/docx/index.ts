export { buildMemo, committeeGenitive, countWord, distinctActors } from './memo';
export type { Memo, MemoOptions, MemoSection } from './memo';
export { memoDocument, writeMemoDocx } from './document';
