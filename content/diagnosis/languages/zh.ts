import type { Signal } from '../types';

// Words that simplified (mainland) and traditional (Taiwan, Hong Kong) characters write
// differently, each with both forms: one table reads both, so a word they write alike counts once.
const BACKUP = '[备份|備份]';
// 备分 is the common slip of the pinyin keyboard for 备份 (備分 the same in traditional).
const BACKUP_OR_SLIP = '[备份|備份|备分|備分]';
const FAILED = '[失败|失敗]';
const CANNOT = '[无法|無法]';
// Hong Kong writes Cantonese: 唔 (not), 冇 (have not).
const NOT = '[不|没有|沒有|没|沒|未|唔|冇]';
// Adverbs people put before the verb: "一直失败", "总是不成功", "快满了", "几乎已满", "直接失败",
// "好久没有运行"; Cantonese 成日 (always).
const OFTEN =
  '[一直|总是|總是|老是|还是|還是|又|都|也|经常|經常|常常|已经|已經|就是|从来|從來|根本|很|太|快|快要|几乎|幾乎|直接|好久|很久|成日]';
const ERROR =
  '[出错|出錯|报错|報錯|中断|中斷|断 掉|斷 掉|卡|停|不 动|不 動|出现 错误|出現 錯誤|提示 错误|显示 错误|顯示 錯誤]';
const SPACE_WORD = '[空间|空間]';
// Too small is full as people say it ("空间太小"); taken up ("占满"); Taiwan's 塞爆, stuffed to
// bursting.
const FULL = '[满|滿|不足|不够|不夠|已 满|已 滿|塞满|塞滿|塞爆|占满|佔滿|太 小]';
// Full with no space word before it: never 满 alone (满意 is satisfied) nor 太小 (a small screen).
const FILLED = '[满 了|滿 了|太 满|太 滿|已 满|已 滿|塞满|塞滿|塞爆|占满|佔滿]';
const OFF = '[关闭|關閉|关 着|關 著|关掉|關掉|关 了|關 了|关 的|關 的]';
// The backup as its switch is named (Taiwan: "iCloud 雲端備份").
const SWITCH =
  '[icloud 备份|icloud 備份|云备份|雲端 備份|备份 此 iphone|備份 此 iphone|备份 此 ipad|備份 此 ipad]';
// Where the device's space is; the storage itself said short ("手机存储快满了").
const SPACE = '[储存 空间|存储 空间|儲存 空間|空间|空間|内存|記憶體|容量|存储|储存|儲存]';

/**
 * Chinese, simplified and traditional: Apple's messages ("iCloud 云备份", "储存空间", "访达";
 * "iCloud 備份", "儲存空間", "中斷連線") and how people write ("备份不了", "一直備份失敗"). Read
 * one character at a time.
 */
export const ZH_SIGNALS: Signal[] = [
  {
    id: 'zh-backup-failed',
    kind: 'error-message',
    patterns: [
      `${BACKUP_OR_SLIP} ${OFTEN}? ${FAILED}`,
      `${BACKUP_OR_SLIP} ~ ${OFTEN} ${FAILED}`,
      `${CANNOT} ${BACKUP}`,
      `${BACKUP} ${OFTEN}? 不 [了|行]`,
      // Cantonese: "備份唔到", "備份唔得", "備份成日唔 work".
      `${BACKUP} ${OFTEN}? 唔 [到|得|成|work]`,
      `${BACKUP_OR_SLIP} ${OFTEN}? ~ ${NOT} [完成|成功|开始|開始]`,
      `[没有|沒有] [再]? [自动|自動]? ${BACKUP}`,
      // "就不會自動備份了", "iPhone 不备份了": the change of state that 了 marks makes it a report,
      // not a how-to's rule.
      `[不|不会|不會|不再] [再]? [自动|自動]? ${BACKUP} 了`,
      `[不能|没法|沒法|没办法|沒辦法] ${BACKUP}`,
      `[几 天|幾 天|很 久|好 久|周|週|星期|个 月|個 月] ${OFTEN}? ${NOT} [自动|自動]? ${BACKUP}`,
      `${BACKUP} ${OFTEN}? ${ERROR}`,
      `${BACKUP} [时|時|的 时候|的 時候|过程 中|過程 中] ${ERROR}`,
      // The automatic backup that never runs, adverbs before or after the negation ("云备份没有
      // 自动进行", "雲端備份好像都沒有在跑").
      `[自动|自動|云|雲|雲 端|icloud] ${BACKUP} ~ ${NOT} [自动|自動|在]? [执行|執行|运行|運作|进行|進行|启动|啟動|动|動|跑]`,
      // The model: "cannot" in any of its words, then what is done, then the backup: "没办法进行
      // 备份", "未能完成備份", "沒辦法正常備份". Not "无法从备份恢复": the words between are listed.
      `[无法|無法|不能|没法|沒法|没办法|沒辦法|未能|没能|沒能] [进行|進行|完成|正常|成功|自动|自動|做]? ${BACKUP}`,
      // The backup that cannot be got through: "备份跑不完", "備份做不了", "备份弄不好".
      `${BACKUP} ~ [跑|做|弄|备|備] 不 [了|完|起来|起來|动|動]`,
      // Midway, then it breaks off: "备份到电脑老是中途断掉", "備份到一半就斷掉".
      `${BACKUP} ~ ~ [中途|一半] [就]? ${ERROR}`,
      // Stuck: "備份進度一直卡在".
      `${BACKUP} [进度|進度] ${OFTEN}? ${ERROR}`,
      // A backup that keeps showing a message: "云备份一直提示…", "備份每天都跳…".
      `${BACKUP} [一直|总是|總是|老是] [提示|显示|顯示|跳]`,
      // Every backup since then: "備份從那時候開始就全部失敗".
      `${BACKUP} ~ ~ [就|都] [全部]? ${FAILED}`,
      // No backup for a while, said with an adverb: "iCloud 都沒備份", "一直没有备份", "再也没备份过";
      // or the backup that has not run since: "備份就沒再跑過".
      `[一直|都|好久|再 也] [没|沒|没有|沒有] ${BACKUP}`,
      // Settings' red line at the top: "iPhone 未备份".
      `{device} 未 ${BACKUP}`,
      `${BACKUP} [就]? [没|沒|没有|沒有] 再 [跑|动|動|执行|執行|运行|運作]`,
    ],
    backup: 3.5,
    icloud: 1,
    example: 'iPhone 备份失败',
    fixture: 'community-zh-beifen',
  },
  {
    // iOS's own notification about this iPhone's backup ("iPhone 备份失败"): a chat app's backup
    // named beside it is then a passing mention.
    id: 'zh-device-backup-failed',
    ownBackup: true,
    kind: 'error-message',
    patterns: [`[iphone|ipad] ${BACKUP} ${FAILED}`],
    backup: 1.5,
    icloud: 1,
    fixture: 'zh-tw-community-fail-storage',
  },
  {
    id: 'zh-last-backup-not-completed',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      `[无法|無法|未能|没能|沒能|不能] 完成 [上 一 次|上次|最近 一 次] [的]? ${BACKUP_OR_SLIP}`,
      `[上 一 次|上次] ${BACKUP_OR_SLIP} [无法|無法|未能|没能|沒能|没有|沒有] 完成`,
    ],
    backup: 4,
    icloud: 2,
    example: '无法完成上一次备份。',
    fixture: 'zh-cn-community-last',
  },
  {
    id: 'zh-could-not-back-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: [`{app} ${CANNOT} ${BACKUP}`],
    backup: 4,
    computer: 2,
    example: 'iTunes 无法备份 iPhone，因为发生错误。',
    fixture: 'zh-cn-community-itunes-error',
  },
  {
    // Without the app's name the same words are iCloud's message too: the channel comes from
    // the iCloud or computer words around it.
    id: 'zh-device-could-not-back-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: [`${CANNOT} ${BACKUP} {device} [因为|因為]`],
    backup: 4,
    fixture: 'zh-cn-community-mac-space',
  },
  {
    id: 'zh-icloud-storage',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      `icloud [储存|存储|儲存] ${SPACE_WORD} ${FULL}`,
      `[没有|沒有] [足够|足夠] 的 icloud [储存|存储|儲存] ${SPACE_WORD}`,
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'community-zh-beifen',
  },
  {
    // The Finder's and iTunes' message names "this Mac" ("此 Mac 上") as well as the computer.
    id: 'zh-computer-storage',
    kind: 'error-message',
    patterns: [
      `[电脑|電腦|mac|pc] [上]? [没有|沒有] [足够|足夠] 的 [可用]? ${SPACE_WORD}`,
      `[硬盘|磁盘|硬碟|磁碟|c 盘|c 槽] ${SPACE_WORD}? ${OFTEN}? ${FULL}`,
      // The Finder's "没有足够的空间可以备份 iPhone" (iCloud's names iCloud).
      `[没有|沒有] [足够|足夠] 的 ${SPACE_WORD} [可以]? ${BACKUP}`,
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'zh-cn-community-mac-space',
  },
  {
    id: 'zh-disconnected',
    kind: 'error-message',
    patterns: ['[断开 连接|中斷 連線]'],
    backup: 1.5,
    computer: 2,
    causes: { connection: 0.9 },
    fixture: 'zh-cn-community-disconnect',
  },
  {
    id: 'zh-backup-corrupt',
    kind: 'error-message',
    patterns: [
      `${BACKUP} 已 [损坏|損毀]`,
      '不 [兼容|相容]',
      // Damaged however it is said: "备份文件坏了", "備份檔損壞".
      `${BACKUP} [文件|檔案|檔]? [损坏|損壞|坏 了|壞 掉]`,
    ],
    backup: 2.5,
    computer: 1,
    causes: { 'corrupt-backup': 0.9 },
    fixture: 'zh-cn-community-corrupt',
  },
  {
    id: 'zh-backup-session-failed',
    kind: 'error-message',
    patterns: [`${BACKUP} [会话|工作 階段] ${FAILED}`],
    backup: 3,
    computer: 2,
    causes: { connection: 0.5, 'corrupt-backup': 0.4 },
    fixture: 'zh-cn-community-session',
  },
  {
    id: 'zh-icloud-backup-off',
    kind: 'phrase',
    patterns: [
      `[云备份|icloud 备份|icloud 備份|雲端 備份] ~ ${OFF}`,
      // 反灰 is how Taiwan says greyed out.
      '[灰色|灰 的|反灰|变 灰|變 灰]',
      // The switch or the button that cannot be tapped (not a web page that does not open).
      '[开关|開關|按钮|按鈕|立即 备份|立即 備份] ~ [点|點|按|打] 不 [动|動|了|开|開]',
      '[无法|無法|不能|没办法|沒辦法] [打开|打開|开启|開啟] [icloud|云备份]',
      `${BACKUP} 此 [iphone|ipad] ~ ~ ${OFF}`,
    ],
    backup: 1.5,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85, restrictions: 0.3 },
    fixture: 'zh-cn-community-greyed',
  },
  {
    // A report rather than a setting: the switch cannot be turned on, or turned itself off.
    id: 'zh-icloud-backup-turns-off',
    kind: 'phrase',
    patterns: [
      `${SWITCH} ~ [无法|無法|不能|开 不|開 不|打 不] [开启|開啟|打开|打開|起来|起來|开|開]`,
      // Apple's "已关闭或无法打开" and the like: off, and it will not come back on.
      `[关闭|關閉] [或|或者|也|又]? [无法|無法|不能] [开启|開啟|打开|打開]`,
      // Found off: who or when or a surprise between ("云备份不知道什么时候被关了", "竟然是关着的"),
      // always so ("从买手机到现在都是关着的"),
      // found ("发现 iCloud 备份关闭了"), unknown to me ("关了我都不知道"). A how-to's "如果已关闭",
      // "关了会怎么样" says none of them.
      `${SWITCH} ~ ~ ~ [自己|自动|自動|莫名 其妙|又|变成|變成|被|时候|時候|何时|何時|竟然|居然|原来|原來|都 是|一直 是] ${OFF}`,
      `[发现|發現] ~ ${SWITCH} ~ ~ ${OFF}`,
      `${SWITCH} ~ ${OFF} ~ ~ 不 知道`,
    ],
    backup: 3,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85 },
    fixture: 'zh-tw-tune-backup-turns-off',
  },
  {
    // Both backups tried in one phrase: "iCloud 和 Mac 都备份不了", "两边都不行".
    id: 'zh-both-backups',
    kind: 'phrase',
    patterns: [
      'icloud [和|跟|与|與|还是|還是|或|或者] [mac|电脑|電腦|pc|itunes|访达|windows] 都',
      '[mac|电脑|電腦|pc|itunes|访达|windows] [和|跟|与|與|还是|還是|或|或者] icloud 都',
      // "两个都" is "both of them" about anything (two backups in iCloud, two apps): not the ways.
      '[两边|兩邊|两种|兩種] [方法|方式]? 都',
      '[两个|兩個] [方法|方式] 都',
    ],
    backup: 0.3,
    icloud: 2,
    computer: 2,
    fixture: 'zh-cn-tune-both-backups',
  },
  {
    id: 'zh-icloud-topic',
    kind: 'phrase',
    // Taiwan's Settings name it "iCloud 雲端備份".
    patterns: ['云备份', `icloud [雲端]? ${BACKUP}`, `${BACKUP} 到 icloud`],
    backup: 0.6,
    icloud: 2,
    fixture: 'zh-cn-community-beifen-buliao',
  },
  {
    id: 'zh-computer-topic',
    kind: 'phrase',
    patterns: ['[电脑|電腦|访达]', 'apple [设备|裝置]'],
    backup: 0.3,
    computer: 1.5,
    fixture: 'zh-cn-community-mac-space',
  },
  {
    id: 'zh-network',
    kind: 'phrase',
    patterns: [
      `[wi fi|wifi|网络|網路|網絡|网|信号|訊號] ${OFTEN}? [断|斷|掉线|掉線|慢|不 好|不 稳|不 穩|差|弱|连 不 上|連 不 上]`,
      // Wi-Fi in Apple's mainland wording, a router (分享器 in Taiwan), a hotspot, mobile data.
      // 流量 is mobile data as people say it.
      '[无线 局域 网|無線 網路|路由器|分享器|热点|熱點|蜂窝|移动 数据|行動 網路|行動 數據|光猫|數據機|流量]',
      // The network as the trouble or what was reset ("重设网络设置").
      '[网络|網路] [的]? [问题|問題|设置|設定]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { network: 0.7 },
    fixture: 'zh-cn-community-last',
  },
  {
    id: 'zh-conditions',
    kind: 'phrase',
    // 充電 and 電源 are written the same in Japanese: ja-conditions reads them for both, once.
    patterns: [
      '充电',
      '[锁定|鎖定|锁屏]',
      '接通 电源',
      '[接|插] [着|著]? 电源',
      '[低 电量|低耗電] 模式',
      // The backup waits for Wi-Fi ("需要连接无线局域网").
      '[要|需要|必须|必須] [连|連|连接|連接|连上|連上] [wi fi|wifi|无线 局域 网]',
    ],
    backup: 0.3,
    icloud: 0.5,
    causes: { 'backup-conditions': 0.5 },
    fixture: 'zh-cn-community-last',
  },
  {
    id: 'zh-account',
    kind: 'phrase',
    patterns: [
      '重新 [登录|登入]',
      '[密码|密碼]',
      '[apple|icloud|苹果|蘋果] [账户|帐户|帳戶|账号|帐号|帳號]',
      '[退出 登录|退出 apple|登出]',
      '[登录|登入] apple',
      '[验证 码|驗證 碼]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'zh-cn-community-signin',
  },
  {
    id: 'zh-outdated',
    kind: 'phrase',
    patterns: [
      '更新',
      '[升级|升級]',
      '最新 版本',
      '[旧|舊|老] 版本',
      // The old machine or version people name: "老电脑", "舊筆電", "版本很舊", "需要新版".
      '[旧|舊|老] [电脑|電腦|mac|笔电|筆電]',
      // The version, the system, the phone or the computer too old or too low; 老 only after 太
      // or 很 ("手机老是失败" is "always fails").
      '[版本|系统|系統|手机|手機|电脑|電腦|mac|macos] [太|很]? [旧|舊|低]',
      '[版本|系统|系統|手机|手機|电脑|電腦|mac|macos] [太|很] 老',
      '需要 新版',
    ],
    backup: 0,
    causes: { 'outdated-software': 0.6 },
    fixture: 'zh-cn-community-beifen-buliao',
  },
  {
    id: 'zh-connection',
    kind: 'phrase',
    patterns: [
      '[数据 线|傳輸 線|连接 线|連接 線]',
      'usb [接口|埠]',
      // A hub or an adapter between the phone and the computer.
      '[集线器|集線器|扩展 坞|擴充 座|擴充 埠|转接 头|轉接 頭|转换 头|轉換 頭|转接 器|轉接 器]',
      // "要信任此电脑吗？", tapping 信任; not a "受信任的电话号码" (the account's).
      '信任 [此|这 台|这 部|這 部|這 台]? [电脑|電腦]',
      // After 要, 点, 按, 点了, 点过, 点一下.
      '[要|点|點|按|了|过|過|下] 信任',
      // An original cable ("換原廠線"): the computer's cable is in question.
      '[原厂|原廠] [线|線]',
    ],
    backup: 0.4,
    computer: 1.5,
    causes: { connection: 0.7 },
    fixture: 'zh-cn-community-session',
  },
  {
    id: 'zh-security',
    kind: 'phrase',
    patterns: [
      '[安全|安全性] [软件|軟體]',
      // Anti-virus with no word for software after it ("有裝防毒", "防毒擋住").
      '[杀毒|殺毒|防毒]',
      '[防火墙|防火牆]',
      '[诺顿|諾頓|360 安全|趋势 科技|趨勢 科技|卡巴斯基|端点 防护|端點 防護]',
    ],
    backup: 0.4,
    computer: 1.5,
    causes: { 'security-software': 0.8 },
    fixture: 'zh-cn-community-itunes-error',
  },
  {
    id: 'zh-restrictions',
    kind: 'phrase',
    patterns: [
      '[描述 文件|描述 檔]',
      '[屏幕 使用 时间|螢幕 使用 時間]',
      '[设备 管理|裝置 管理]',
      '[mdm|监管|監管]',
    ],
    backup: 0.4,
    causes: { restrictions: 0.8 },
    fixture: 'zh-cn-community-greyed',
  },
  {
    id: 'zh-outage',
    kind: 'phrase',
    patterns: ['[系统 状态|系統 狀態]'],
    backup: 0.3,
    icloud: 1,
    causes: { 'service-outage': 0.75 },
    fixture: 'zh-cn-community-status',
  },
  {
    id: 'zh-restore',
    kind: 'phrase',
    patterns: ['[恢复|回復|還原]', '復原 模式'],
    backup: -1.5,
    fixture: 'zh-cn-neg-restore-error',
  },
  {
    id: 'zh-update-failed',
    kind: 'phrase',
    patterns: [`更新 ${FAILED}`, `${CANNOT} [验证|驗證|安装|安裝] 更新`],
    backup: -2.5,
    fixture: 'zh-cn-neg-update',
  },
  {
    id: 'zh-other-app',
    kind: 'phrase',
    patterns: ['[微信|line 的]', '聊天 [记录|記錄|紀錄]'],
    backup: -2,
    passing: true,
    fixture: 'zh-cn-neg-wechat-chat',
  },
  {
    id: 'zh-other-backup',
    kind: 'phrase',
    patterns: [
      `[time machine|时间 机器|時光 機] [的]? ${BACKUP}`,
      // A chat app's backup only when it fails or is the how-to's subject: said to work ("微信备份是
      // 正常的") it is the contrast a real failure thread draws.
      `[微信|whatsapp|line] [的]? ${BACKUP} ~ [失败|失敗|不 了|出错|出錯|卡|中断|中斷|方法|教程]`,
      `${BACKUP} [磁盘|磁碟]`,
      `聊天 [记录|記錄|紀錄] [的]? ${BACKUP}`,
    ],
    backup: -5,
    // Beside iOS's message about this iPhone's own backup, another backup is a side note.
    passing: true,
    fixture: 'zh-cn-neg-timemachine',
  },
  {
    // A chat app's chat backup ("WhatsApp 聊天备份卡在 0%", "LINE 的聊天備份"): its own, not the
    // iPhone's; beside iOS's message about this iPhone's backup, a side note.
    id: 'zh-chat-backup',
    kind: 'phrase',
    patterns: [`[聊天|对话|對話] ${BACKUP}`],
    backup: -4,
    passing: true,
    fixture: 'zh-cn-tune-neg-chat-backup',
  },
  {
    // A cloud drive app's photo backup ("百度网盘相册自动备份", "網盤 App 的相簿備份"): weaker
    // than another backup, as people also name it beside a failing iCloud backup.
    id: 'zh-cloud-drive-backup',
    kind: 'phrase',
    patterns: [`[网盘|網盤|云盘|雲盤] [app]? [的]? [相册|相簿|照片]? [自动|自動]? ${BACKUP}`],
    backup: -3,
    passing: true,
    fixture: 'zh-cn-tune-neg-netdisk',
  },
  {
    id: 'zh-how-to',
    kind: 'phrase',
    patterns: [
      `如何 ${BACKUP}`,
      '一步 一步',
      '[教程|教學]',
      '[时间 机器|時光 機]',
      // Where the backup files are kept ("备份文件存在电脑哪里"): a question about finding them.
      '[文件|檔案] ~ ~ [哪 里|哪 裡|哪 个|哪 個]',
    ],
    backup: -1.5,
    fixture: 'zh-cn-neg-howto',
  },
  {
    id: 'zh-backup-not-saved',
    kind: 'error-message',
    patterns: [`${CANNOT} [保存|儲存|完成] ${BACKUP}`, `${BACKUP} ${CANNOT} [保存|儲存|完成]`],
    backup: 3.5,
    example: '无法保存备份。',
    unsure:
      "written from Apple's wording in other messages; the exact string of this one is not confirmed",
    fixture: 'zh-cn-community-space-computer',
  },
  {
    // Storage words near iCloud, however the sentence runs.
    id: 'zh-icloud-space',
    kind: 'phrase',
    patterns: [
      `icloud [储存|存储|儲存]? ${SPACE_WORD} ${OFTEN}? ${FULL}`,
      '[没有|沒有] [足够|足夠] 的 icloud',
      // iCloud itself full: "iCloud 满了", "iCloud 容量不够".
      `icloud [的]? [容量]? ${OFTEN}? ${FULL}`,
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'zh-cn-community-space-icloud',
  },
  {
    // Space words near the computer's, however the sentence runs.
    id: 'zh-computer-space',
    kind: 'phrase',
    patterns: [
      `[电脑|電腦|mac|pc|磁盘|磁碟|硬盘|硬碟|c 盘|c 槽|macbook] [上]? [的]? [可用|储存|存储|儲存]? ${SPACE_WORD} ${OFTEN}? ${FULL}`,
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'zh-cn-community-space-computer',
  },
  {
    // The last backup long ago says less than a failure message: a how-to may say it too.
    id: 'zh-last-backup-long-ago',
    kind: 'phrase',
    // "上次成功备份：4 天前" as Settings shows it, "上次的备份还是三个月前", "最近的备份是去年的".
    patterns: [
      `[上次|最近|最后|最後] [成功]? [的]? ${BACKUP} [还是|還是|已经 是|已經 是|是]? ~ [前|去年]`,
    ],
    backup: 1.5,
    icloud: 1,
    fixture: 'zh-cn-tune-meiyou-wancheng',
  },
  {
    // The iPhone's own storage, as iOS warns ("储存空间几乎已满") and people say it ("手机内存不足",
    // "iPad 本身太滿"): with the phone, the tablet or the device named first.
    id: 'zh-device-storage',
    kind: 'phrase',
    patterns: [
      `[手机|手機|平板|装置|裝置] [本身|自身]? [的]? ${SPACE} ${OFTEN}? ${FULL}`,
      `{device} [的|本身] ${SPACE}? ${OFTEN}? ${FULL}`,
      `{device} ${SPACE} ${OFTEN}? ${FULL}`,
      // The space word unsaid: "手机太满", "iPhone 本身满了", "手機被影片塞爆".
      `[手机|手機|平板|{device}] [本身|自身]? [都|也|已经|已經|快|快要|几乎|幾乎]? ${FILLED}`,
      `[手机|手機|{device}] 被 ~ ~ ${FILLED}`,
      // Only a little left on the device itself: "iPad 储存空间只剩", "iPad 本身空間太少".
      `[手机|手機|{device}] [本身|自身]? [的]? ${SPACE} 只 [剩|剩下]`,
      // iOS's storage list names what fills it: "系统数据占了40G".
      '[系统 数据|系統 資料]',
      `{device} [本身|自身] [的]? ${SPACE}? [太 少|很 少|不 多]`,
      `[储存|儲存] ${SPACE_WORD} [几乎|幾乎] 已 [满|滿]`,
    ],
    backup: 0.5,
    causes: { 'device-storage-low': 0.85 },
    fixture: 'zh-cn-tune-shouji-kongjian',
  },
  {
    // "空间不足" alone names no side: iCloud's is the usual one, the words around it decide.
    id: 'zh-storage-short',
    kind: 'phrase',
    patterns: [`${SPACE_WORD} ${FULL}`],
    backup: 0.3,
    causes: { 'icloud-storage-full': 0.6, 'computer-storage-full': 0.4 },
    fixture: 'zh-cn-tune-shouji-kongjian',
  },
  {
    // A conditional in a how-to ("if the backup fails, ...") or a backup problem denied is no
    // failure by itself: it cancels what its words score, and counts a third beside Apple's own
    // message.
    id: 'zh-if-backup-fails',
    kind: 'phrase',
    patterns: [
      `[如果|若] ${BACKUP} ${FAILED}`,
      `${BACKUP} ${FAILED} [的话|的話]`,
      // A backup problem denied: "现在没有备份问题", "不是備份的問題".
      `[没有|沒有|不是] ${BACKUP} [的]? [问题|問題]`,
    ],
    backup: -3.5,
    passing: true,
    fixture: 'zh-cn-neg-howto-if-fails',
  },
];
