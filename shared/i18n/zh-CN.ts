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

  // App shell (renderer/src/shell). Convention: `<area>.<thing>`, area = the folder or feature.
  'app.tagline': '华为云伙伴销售工作台',
  'nav.label': '主导航',
  'shell.collapseSidebar': '收起侧边栏',
  'shell.expandSidebar': '展开侧边栏',
  'shell.languageSwitch': '切换界面语言，当前：{language}',
  'language.zh-CN': '简体中文',
  'language.en-US': 'English',

  'status.region': '连接与同步状态',
  'status.notSynced': '尚未同步',
  'status.notSyncedHint': '与伙伴中心的同步将在后续版本中提供。',
  'status.offline': '离线',
  'status.offlineHint': '此电脑当前未连接网络。已缓存在本地的数据仍可查看。',
  'status.online': '在线',
  'status.connecting': '正在连接工作台核心…',
  'status.disconnected': '与核心的连接已断开，正在重连…',

  'startup.loading': '正在启动伙伴工作台…',
  'startup.failedTitle': '工作台未能加载',
  'startup.retry': '重试',
  'startup.restartedHint': '如果工作台刚刚重新启动，请打开启动程序新打印的网址（每次启动的访问令牌都不同）。',

  'noBridge.title': '未连接到工作台核心',
  'noBridge.body':
    '此页面需要从工作台启动程序打开。请运行启动程序，然后在浏览器中打开它打印的完整网址（形如 Workstation ready: http://127.0.0.1:端口/#token=…）。网址中的访问令牌只对本次启动有效。',

  'errorBoundary.title': '此页面出现了意外错误',
  'errorBoundary.body': '您的数据未受影响。请重新加载；如果问题持续出现，请查看日志。',
  'errorBoundary.reload': '重新加载',
  'errorBoundary.detail': '错误信息：{message}',

  'db.blockedTitle': '无法使用本地数据库',
  'db.blockedPath': '数据库文件：{path}',
  'db.recoveredTitle': '本地数据库已自动恢复',

  // Sections: `section.<id>.title` (sidebar and page heading), `.description` (one line),
  // `.planned` (the honest coming-soon text: what the screen will hold).
  'section.dashboard.title': '概览',
  'section.dashboard.description': '今天需要关注的事项一览',
  'section.customers.title': '客户',
  'section.customers.description': '浏览与搜索名下客户，离线可用',
  'section.customers.planned':
    '这里将列出伙伴账号可见的全部客户，支持即时搜索与筛选，并可查看每位客户的订单与账单。数据来自同步后的本地缓存，离线时同样可用。',
  'section.orders.title': '订单',
  'section.orders.description': '客户订单与退订，离线即时查询',
  'section.orders.planned':
    '这里将显示客户订单与退订记录：按客户、状态和时间筛选，打开订单查看明细与金额。金额以精确的十进制保存，不会产生浮点误差。',
  'section.bills.title': '账单',
  'section.bills.description': '8 位小数明细金额与结算金额',
  'section.bills.planned':
    '这里将显示账单：每笔同时列出 8 位小数的精确金额与结算后的 2 位小数金额，两者之差即抹零金额，一目了然。',
  'section.invoices.title': '发票',
  'section.invoices.description': '离线准备发票，按指定金额自动匹配',
  'section.invoices.planned':
    '这里将可以离线准备发票：输入指定金额，按伙伴中心的规则自动匹配可开票的账单，核对无误后再提交。',
  'section.qrcodes.title': '拓展二维码',
  'section.qrcodes.description': '创建、打印与跟踪客户拓展二维码',
  'section.qrcodes.planned':
    '这里将可以创建客户拓展二维码（线下拓展），打印或导出给客户扫码，并跟踪每个二维码带来的注册与关联客户。',
  'section.certificates.title': '证书',
  'section.certificates.description': '解决方案证书与员工 HCIA/HCIP/HCIE 证书',
  'section.certificates.planned':
    '这里将管理公司的解决方案证书与员工证书（HCIA/HCIP/HCIE）：查看有效期、接收到期提醒，并完成“从 A 解绑、绑定到 B”的证书转移。',
  'section.sync.title': '同步与设置',
  'section.sync.description': '与伙伴中心同步数据，设置语言与主题',
  'section.about.title': '关于',
  'section.about.description': '版本、数据目录与本地数据库',

  'comingSoon.title': '即将推出',
  'comingSoon.note': '此页面仍在建设中。这里不会显示示例数据，真实数据将在与伙伴中心同步后出现。',

  'dashboard.welcome': '欢迎使用伙伴工作台',
  'dashboard.intro': '为华为云伙伴销售打造的桌面工作台：客户、订单、账单、发票、拓展二维码与证书，在线离线都能用。',
  'dashboard.emptyTitle': '还没有业务数据',
  'dashboard.emptyBody': '首次与伙伴中心同步后，这里将显示待跟进的订单、即将到期的证书和本月账单概况。',
  'dashboard.sections': '工作台功能',
  'dashboard.database': '本地数据库',
  'dashboard.sync': '数据同步',
  'dashboard.network': '网络',
  'dashboard.open': '打开{section}',

  'sync.title': '数据同步',
  'sync.lastSync': '上次同步',
  'sync.never': '从未同步',
  'sync.planned':
    '与华为云伙伴中心（BSS 伙伴 API）的同步将在后续版本中提供：届时客户、订单、退订与账单会被拉取到本地数据库，离线也能随时查看。在此之前本地数据库中没有业务数据。',
  'settings.title': '偏好设置',
  'settings.language': '界面语言',
  'settings.theme': '主题',
  'settings.themeLight': '浅色',
  'settings.themeDark': '深色',
  'settings.themeSystem': '跟随系统',
  'settings.hint': '更改立即生效，并保存在此电脑上。',
  'settings.saveFailed': '设置未能保存：{message}',

  'about.application': '应用',
  'about.version': '版本',
  'about.transport': '运行方式',
  'about.transportElectron': '桌面窗口',
  'about.transportBrowserHost': '浏览器宿主',
  'about.dataDir': '数据目录',
  'about.platform': '平台',
  'about.runtime': '运行时',
  'about.database': '本地数据库',
  'about.dbState': '状态',
  'about.dbStateReady': '正常',
  'about.dbStateTooNew': '版本过新',
  'about.dbStateFailed': '无法打开',
  'about.schemaVersion': '数据库版本',
  'about.schemaVersionValue': '{current}（本应用支持到 {latest}）',
  'about.dbPath': '数据库文件',
  'about.dbSize': '大小',
  'about.journalMode': '日志模式',
  'about.refresh': '刷新',

  // Sync engine messages (electron/sync).
  'sync.error.sandboxReadOnly': '内置沙箱配置不能修改或删除。',
  'sync.error.noProfile': '找不到该连接配置。',
  'sync.error.needsPassword': '请输入该连接配置的密码后再同步（密码未保存在本机）。',
  'sync.error.offline': '无法连接伙伴 API，已切换为离线模式。本地数据仍可使用，网络恢复后会自动继续同步。',
  'sync.error.auth': '伙伴 API 拒绝了登录信息（{code}）。请检查账号名、用户名和密码。',
  'sync.error.failed': '同步失败：{reason}',
  'sync.cancelled': '同步已取消，下次同步会从中断处继续。',
  'sync.test.ok': '连接成功，令牌有效期至 {expiresAt}。',
  'sync.test.failed': '连接失败：{reason}',
} as const;

export type MessageKey = keyof typeof zhCN;
