import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../../common/errors';

/** A failure the runner should retry (the database was unreachable, a deadlock or lock timeout). */
export function isTransient(e: unknown): boolean {
  if (isDatabaseUnavailable(e)) return true;
  const ext = (e as GraphQLError)?.extensions;
  return ext?.code === 'CONFLICT' && ext?.retryable === true;
}

/** Chinese messages for what the office's staff can act on; the English detail stays in the log. */
const KNOWN: { test: RegExp; message: string }[] = [
  { test: /rating round is finalized/i, message: '该评定轮次已定稿，评定结果不能再更改' },
  { test: /subsidy round is (already )?approved/i, message: '该资助轮次已审批，分配结果不能再更改' },
  { test: /FINALIZED rating round|finalize it first/i, message: '所依据的星级评定轮次尚未定稿，请先定稿再计算资助分配' },
  { test: /weight 0|W = 0/i, message: '该评定轮次中所有中心所在等级的权重都为 0，无法分配资助（W = 0）；请调整等级权重' },
  { test: /does not exist/i, message: '所依据的记录不存在或已被删除' },
];

const BY_CODE: Record<string, string> = {
  CONFLICT: '提交任务后该记录已被他人修改（版本不符），结果未写入；请刷新后重新提交',
  INVALID_STATE: '该记录当前的状态不允许此操作',
  NOT_FOUND: '要处理的记录不存在或已被删除',
  FORBIDDEN: '提交任务的账号无权执行此操作',
  UNAUTHENTICATED: '提交任务的账号已停用或失效',
  BAD_USER_INPUT: '任务参数有误',
};

/** The code and Chinese message a failed job shows. */
export function jobError(e: unknown): { code: string; message: string; expected: boolean } {
  if (isDatabaseUnavailable(e)) return { code: 'DATABASE_UNAVAILABLE', message: '数据库暂时不可用，多次重试后仍未成功；请稍后重新提交', expected: true };
  const ext = (e as GraphQLError)?.extensions;
  const code = typeof ext?.code === 'string' ? ext.code : null;
  if (code && BY_CODE[code]) {
    const text = String((e as Error).message ?? '');
    const known = KNOWN.find((k) => k.test.test(text));
    // a message already written for staff in Chinese (an import's file problems, a clash on commit) is shown as it is
    if (!known && /[\u4e00-\u9fff]/.test(text)) return { code, message: text.slice(0, 1000), expected: true };
    const field = typeof ext?.field === 'string' ? `（字段 ${ext.field}）` : '';
    return { code, message: known?.message ?? `${BY_CODE[code]}${code === 'BAD_USER_INPUT' ? field : ''}`, expected: true };
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: '任务执行出错（已记录日志）；请稍后重试，或联系系统管理员', expected: false };
}
