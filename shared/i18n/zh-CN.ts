/**
 * Every user-facing string in Chinese (the default language). en-US.ts must have exactly
 * the same keys and the same {placeholders}; test/unit/i18n.test.ts enforces it.
 */
export const zhCN = {
  'app.name': '伙伴工作台',

  'error.invalidInput': '输入无效：{detail}',
  'error.unknownChannel': '未知的请求通道：{channel}',
  'error.badFrame': '无法识别的请求格式',
  'error.internal': '内部错误，请重试。如果问题持续，请查看日志。',
  'error.dbUnavailable': '本地数据库不可用：{reason}',
  'error.dbTooNew':
    '此数据库由更新版本的伙伴工作台（数据库版本 {found}）创建，当前版本只支持到 {supported}。请升级应用；文件未做任何改动。',
  'error.dbOpenFailed': '无法打开本地数据库：{reason}',
  'db.recovered': '本地数据库文件已损坏，已移至 {movedTo}，并新建了一个数据库。原文件未被删除。',
} as const;

export type MessageKey = keyof typeof zhCN;
