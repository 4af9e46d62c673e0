/**
 * Strings of the paged list screens' common parts (renderer/src/components/list): the
 * table, filters, and the loading / empty / error / offline states. en is typed against zh.
 */
export const zh = {
  'list.loadingRow': '正在读取…',
  'list.loading': '正在读取本地数据…',
  'list.updating': '正在更新…',
  'list.retry': '重试',
  'list.resetFilters': '清除筛选',
  'list.error.title': '列表读取失败',
  'list.invalid': '请修改标红的筛选条件后再查看结果。',
  'list.issue': '{field}：{message}',
  'list.beforeSync.title': '本地还没有数据',
  'list.beforeSync.body': '先与伙伴中心同步一次，数据保存在本机后，在线离线都能查看。',
  'list.beforeSync.action': '前往数据同步',
  'list.syncing.body': '正在进行首次同步，数据同步完成后会出现在这里。',
  'list.noMatch': '没有符合筛选条件的记录',
  'list.offline': '离线：显示的是本地缓存的数据（上次同步 {when}），联网后会自动继续同步。',
  'list.offlineNever': '离线：显示的是本地缓存的数据，联网后会自动继续同步。',
  'list.dateFrom': '开始日期',
  'list.dateTo': '结束日期',
  'list.dateFromNamed': '{label}（开始）',
  'list.dateToNamed': '{label}（结束）',
  'list.sortBy': '按{column}排序',
  'list.any': '全部',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'list.loadingRow': 'Loading…',
  'list.loading': 'Reading the local data…',
  'list.updating': 'Updating…',
  'list.retry': 'Retry',
  'list.resetFilters': 'Clear filters',
  'list.error.title': 'Could not read the list',
  'list.invalid': 'Correct the filters marked in red to see results.',
  'list.issue': '{field}: {message}',
  'list.beforeSync.title': 'No data yet',
  'list.beforeSync.body':
    'Sync with the partner center first; the data is then kept on this computer and works online and offline.',
  'list.beforeSync.action': 'Go to Sync',
  'list.syncing.body': 'The first sync is under way; the data appears here when it is done.',
  'list.noMatch': 'Nothing matches these filters',
  'list.offline': 'Offline: showing the local cache (last synced {when}). Sync resumes when the network is back.',
  'list.offlineNever': 'Offline: showing the local cache. Sync resumes when the network is back.',
  'list.dateFrom': 'Start date',
  'list.dateTo': 'End date',
  'list.dateFromNamed': '{label} (from)',
  'list.dateToNamed': '{label} (to)',
  'list.sortBy': 'Sort by {column}',
  'list.any': 'All',
};
