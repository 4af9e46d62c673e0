/**
 * API errors as the BSS gateway sends them: HTTP status + `{"error_code","error_msg"}`.
 * Messages come in Chinese (the default) and English (`X-Language: en_US`).
 */
import type { Lang } from './data/catalog';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${code} ${en}`);
  }

  body(lang: Lang): { error_code: string; error_msg: string } {
    return { error_code: this.code, error_msg: lang === 'en' ? this.en : this.zh };
  }
}

/** 400 CBC.0100 参数错误 */
export function paramError(zh: string, en: string): ApiError {
  return new ApiError(400, 'CBC.0100', `参数错误：${zh}`, `Invalid parameter: ${en}`);
}

/** 400 CBC.0101 (a well-formed value that names nothing, e.g. an unknown order id) */
export function invalidError(zh: string, en: string): ApiError {
  return new ApiError(400, 'CBC.0101', `参数无效：${zh}`, `Invalid parameter: ${en}`);
}

export const tokenError = () =>
  new ApiError(401, 'CBC.0154', 'token非法或已过期', 'The token is invalid or has expired.');

export const flowControlError = () =>
  new ApiError(
    429,
    'CBC.0250',
    '消息流量控制：请求过于频繁，请稍后重试',
    'Flow control: too many requests, try again later.',
  );

export const internalError = (status = 500) =>
  new ApiError(
    status,
    'CBC.0999',
    '其他错误：系统繁忙，请稍后重试',
    'Internal error: the system is busy, try again later.',
  );
