export { buildMemo, committeeGenitive, countWord, MEMO_COLUMNS } from './memo';
export type { Memo, MemoNote, MemoOptions, MemoSection } from './memo';
export { memoDocument, writeMemoDocx } from './document';
