import type { Signal } from '../types';

// The backup in katakana or, typed by someone who does not switch to katakana, in hiragana.
const BACKUP = '[バックアップ|ばっくあっぷ]';
// How full a storage is, as people say it ("いっぱい", "ほぼ満杯", "空きが少ない", "残りわずか").
// 少な is the stem: 少ない, 少なくて, 少なすぎ.
const FULL =
  '[不足|足りない|足りません|足りず|いっぱい|少な|ない|ありません|ほぼ|ほとんど|満杯|わずか]';

/**
 * Japanese: Apple's messages and how people write (plain and polite forms, with or without a
 * particle: バックアップできない / バックアップができません / バックアップに失敗しました). Text
 * without spaces is read one character at a time, so patterns are written the same way.
 */
export const JA_SIGNALS: Signal[] = [
  {
    id: 'ja-backup-failed',
    kind: 'error-message',
    patterns: [
      // 失敗 in hiragana too (しっぱい), as the same writer types it.
      `${BACKUP} [に|が|は|も]? [失敗|しっぱい]`,
      // A verb that did not happen, plain or polite (できない, できません, できず), 出来ない in
      // kanji, completion that never comes, and no longer happening (されなくなった).
      // Adverbs between (ずっと, 毎回, 全然, いつまでたっても), and stems that never start or move.
      // Never made or carried out: 作成されない, 行われない. Kansai's できへん, でけへん, されへん.
      `${BACKUP} [が|は|も]? [ずっと|毎回|また|全然|なかなか|いつまで たって も]? [でき|出来|取れ|され|されてい|終わら|終わり|完了し|完了でき|完了され|うまくいか|うまくいき|進ま|進み|始まら|動か|実行 され|作成 され|行われ|でけ] [な|ませ|ず|へん|ひん]`,
      'バックアップ [が|は]? [ずっと|毎回|途中 で]? [止まる|止まって|止まり|中断 され|固ま|フリーズ]',
      'バックアップ [中 に|の 途中 で|時 に]? エラー',
      // The verb before "can": バックアップを取ることができない, バックアップを作成できません.
      'バックアップ [を|が]? [取る こと|作成 する こと|する こと|作成] [が]? [でき|出来] [な|ませ|ず]',
      // Trying to back up ends in an error: バックアップしようとするとエラーが出る.
      'バックアップ [を]? [取ろう|しよう] と ~ ~ [エラー|失敗|止ま|固ま]',
      'バックアップ [エラー|不可]',
    ],
    backup: 3.5,
    icloud: 1,
    example: 'iPhoneのバックアップに失敗しました',
    unsure: 'the Settings suggestion may read "iPhoneのバックアップ失敗"',
    fixture: 'ja-community-signin',
  },
  {
    id: 'ja-last-backup-not-completed',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      '[前回|最後|最新] の バックアップ を 完了 [できません|できなかった]',
      'バックアップ を 完了 できません',
    ],
    backup: 4,
    icloud: 2,
    example: '前回のバックアップを完了できませんでした。',
    fixture: 'ja-community-last',
  },
  {
    id: 'ja-could-not-back-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: ['{app} [は|が] {device} を バックアップ できません'],
    backup: 4,
    computer: 2,
    example: 'エラーが起きたため、iTunesはiPhoneをバックアップできませんでした。',
    fixture: 'ja-community-itunes-error',
  },
  {
    // Without the app's name the same words are iCloud's message too: the channel comes from
    // the iCloud or computer words around it.
    id: 'ja-device-could-not-back-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'ため {device} を バックアップ できません',
      '{device} を バックアップ できません でした',
    ],
    backup: 4,
    fixture: 'ja-apple-computer',
  },
  {
    id: 'ja-icloud-storage',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'icloud ストレージ [が|の|に]? [不足|足りない|足りず|足りません|いっぱい]',
      'icloud ストレージ に 十分 な 空き 領域 が ない',
      '十分 な icloud ストレージ が [ない|ありません|なく]',
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'community-ja-storage',
  },
  {
    id: 'ja-computer-storage',
    kind: 'error-message',
    patterns: [
      'コンピュータ に 十分 な 空き 領域 が ない',
      '[mac|パソコン|pc] の [ストレージ|容量] [が]? [不足|足りない|いっぱい]',
      '[mac|パソコン|pc|コンピュータ] [の]? 容量 不足',
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'ja-apple-computer',
  },
  {
    id: 'ja-disconnected',
    kind: 'error-message',
    // Finder: 「"…のiPhone"が接続解除されたため、バックアップできませんでした」
    patterns: ['接続 [が]? 解除', '接続 が 切れ'],
    backup: 1.5,
    computer: 2,
    causes: { connection: 0.9 },
    fixture: 'ja-community-disconnect',
  },
  {
    id: 'ja-backup-corrupt',
    kind: 'error-message',
    patterns: [
      'バックアップ が 壊れ',
      '互換 性 が ない',
      // Damaged, however it is said: バックアップデータが破損.
      'バックアップ [データ]? [が|は]? 破損',
    ],
    backup: 2.5,
    computer: 1,
    causes: { 'corrupt-backup': 0.9 },
    fixture: 'ja-community-corrupt',
  },
  {
    id: 'ja-backup-session-failed',
    kind: 'error-message',
    patterns: ['バックアップ セッション に 失敗'],
    backup: 3,
    computer: 2,
    causes: { connection: 0.5, 'corrupt-backup': 0.4 },
    fixture: 'ja-community-session',
  },
  {
    id: 'ja-icloud-backup-off',
    kind: 'phrase',
    patterns: [
      'icloud バックアップ [が|は]? [オフ|グレー|グレイ|灰色|無効]',
      // グレーアウト, グレーになって, グレーで押せない; Apple writes グレイ表示.
      '[グレー|グレイ]',
      'オン に でき [ない|ません]',
    ],
    backup: 1.5,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85, restrictions: 0.3 },
    fixture: 'ja-community-greyed',
  },
  {
    // A report, not a setting: the backup cannot be turned on ("バックアップをオンにできません"),
    // as German's "lässt sich nicht aktivieren" (a how-to says how to turn it on).
    id: 'ja-icloud-backup-turns-off',
    kind: 'phrase',
    patterns: [
      'バックアップ [を|が|は]? オン に でき [ない|ません|ず]',
      // Found off, said in the past ("オフになっていました"); a how-to says "オフになっている場合".
      'バックアップ [が|は|も]? ~ ~ オフ に なって [いた|た|ました|いました]',
      '[勝手 に|いつの間 に か|知らない 間 に|知らない うち に] オフ',
      // Off without my noticing: "オフになっていて、気づきませんでした".
      'オフ ~ ~ ~ [気づかな|気づきませ|気付かな|気付きませ]',
    ],
    backup: 3,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85 },
    fixture: 'ja-tune-cannot-turn-on',
  },
  {
    id: 'ja-icloud-topic',
    kind: 'phrase',
    patterns: ['icloud [への|での|に|へ|の|で]? バックアップ', 'icloud から'],
    backup: 0.6,
    icloud: 2,
    fixture: 'ja-community-dekinai',
  },
  {
    id: 'ja-computer-topic',
    kind: 'phrase',
    patterns: ['[パソコン|コンピュータ|mac|pc|windows] [で|に|の|から]', 'apple デバイス'],
    backup: 0.3,
    computer: 1.5,
    fixture: 'ja-community-session',
  },
  {
    id: 'ja-network',
    kind: 'phrase',
    patterns: [
      '[wi fi|wifi|ネットワーク|通信|回線|ネット|電波] [が|は]? [ときどき|よく|すぐ]? [切れ|不安定|遅い|弱い|弱く|悪い|つながらない|繋がらない|途切れ]',
      // The router, mobile data.
      '[ルーター|モバイル データ|モバイル 通信|テザリング]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { network: 0.7 },
    fixture: 'ja-community-last',
  },
  {
    id: 'ja-conditions',
    kind: 'phrase',
    patterns: ['充電', 'ロック', '電源', '低 電力 モード'],
    backup: 0.3,
    icloud: 0.5,
    causes: { 'backup-conditions': 0.5 },
    fixture: 'ja-community-last',
  },
  {
    id: 'ja-account',
    kind: 'phrase',
    patterns: ['[サインイン|パスワード|ログイン]', '2 ファクタ 認証', '確認 コード'],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'ja-community-signin',
  },
  {
    id: 'ja-outdated',
    kind: 'phrase',
    patterns: [
      'アップデート',
      '[最新|新しい] バージョン',
      // The old version or machine people name: 古いiTunes, 古いMac, 古いバージョン.
      '古い [バージョン|itunes|mac|macos|パソコン|{device}|機種|端末]',
      '[macos|ios|itunes|os|{device}|mac|パソコン|機種|端末] [が|は|も]? 古',
      // Old as the reason ("古いせいでしょうか", "古いから"); an OS it cannot go past ("17までしか
      // 上がらない").
      '古い [せい|から|ため]',
      'まで しか [上がら|上がり|上げられ|アップデート でき]',
    ],
    backup: 0,
    causes: { 'outdated-software': 0.6 },
    fixture: 'ja-community-dekinai',
  },
  {
    id: 'ja-connection',
    kind: 'phrase',
    patterns: [
      'ケーブル',
      'usb ポート',
      // An adapter between them: "変換アダプタ" (not a charger's power adapter).
      '変換 [アダプタ|ケーブル|コネクタ]',
      // Through a hub or plugged in directly: "ハブ経由", "直挿しにしたら".
      'ハブ [経由|を 経由|を 外|を 使わ]',
      '[直挿し|直差し]',
      // "このコンピュータを信頼しますか?", tapping 信頼; not the account's "信頼できる電話番号".
      '信頼 [し|する|を]',
    ],
    backup: 0.4,
    computer: 1.5,
    causes: { connection: 0.7 },
    fixture: 'ja-community-session',
  },
  {
    id: 'ja-security',
    kind: 'phrase',
    patterns: ['[ウイルス 対策|ウイルスバスター|ノートン|マカフィー]', 'セキュリティ ソフト'],
    backup: 0.4,
    computer: 1.5,
    causes: { 'security-software': 0.8 },
    fixture: 'ja-community-itunes-error',
  },
  {
    id: 'ja-restrictions',
    kind: 'phrase',
    patterns: ['スクリーンタイム', 'プロファイル', '制限', '[mdm|会社 支給]'],
    backup: 0.4,
    causes: { restrictions: 0.8 },
    fixture: 'ja-community-greyed',
  },
  {
    id: 'ja-outage',
    kind: 'phrase',
    patterns: ['システム 状況'],
    backup: 0.3,
    icloud: 1,
    causes: { 'service-outage': 0.75 },
    fixture: 'ja-community-status',
  },
  {
    id: 'ja-restore',
    kind: 'phrase',
    patterns: ['復元', 'リカバリーモード'],
    backup: -1.5,
    fixture: 'ja-neg-restore-error',
  },
  {
    id: 'ja-update-failed',
    kind: 'phrase',
    patterns: ['アップデート [に|が]? [失敗|できません|できない]', 'アップデート を 検証 でき'],
    backup: -2.5,
    fixture: 'ja-neg-update',
  },
  {
    // LINE named at all: weak, as a real thread often says its chat backup still works.
    id: 'ja-other-app',
    kind: 'phrase',
    patterns: ['トーク', 'line の'],
    backup: -1.5,
    passing: true,
    fixture: 'ja-neg-line-talk',
  },
  {
    id: 'ja-other-backup',
    kind: 'phrase',
    patterns: ['time machine [の|が|で]? バックアップ', 'バックアップ ディスク'],
    backup: -5,
    fixture: 'ja-neg-timemachine',
  },
  {
    // A chat app's own backup as the one that fails, or as the thing to do ("LINEのトーク履歴の
    // バックアップができない", "トーク履歴をバックアップする方法"). Said to work ("LINEのバックアップは
    // 普通にできてます") it is the contrast a real failure thread draws, and not read. Beside iOS's
    // message about this iPhone's backup, a side note.
    id: 'ja-chat-backup',
    kind: 'phrase',
    patterns: [
      '[line|whatsapp|トーク 履歴|トーク] [の|が|を]? バックアップ [が|を|に]? [失敗|でき な|でき ませ|終わら|止ま|進ま|する 方法|し て おき|しよう と|しま した]',
    ],
    backup: -5,
    passing: true,
    fixture: 'ja-neg-line-talk',
  },
  {
    // Another cloud's own photo backup or upload (Google フォトの "バックアップが止まる"), not the
    // iPhone's. Not photos backed up to it ("写真はGoogleフォトにバックアップしてる"): that is the
    // reason a real thread gives for why iCloud should have room.
    id: 'ja-cloud-app-backup',
    kind: 'phrase',
    patterns: [
      '[google フォト|google ドライブ|google one|amazon フォト|amazon photos|dropbox|onedrive] [の|が|で|で の|へ の]? [バックアップ|アップロード]',
    ],
    backup: -5,
    passing: true,
    fixture: 'ja-tune-neg-google-photo',
  },
  {
    // Both backups tried in one phrase: "iCloudもパソコンも", "iTunesもiCloudも".
    id: 'ja-both-backups',
    kind: 'phrase',
    patterns: [
      'icloud も [パソコン|pc|mac|itunes|finder|windows] も',
      '[パソコン|pc|mac|itunes|finder|windows] も icloud も',
      // "iCloudとパソコンのどちらも", "iCloudとiTunesの両方".
      'icloud と [パソコン|pc|mac|itunes|finder] [の]? [どちら|両方]',
    ],
    backup: 0.3,
    icloud: 2,
    computer: 2,
    fixture: 'ja-tune-both-icloud-pc',
  },
  {
    id: 'ja-how-to',
    kind: 'phrase',
    patterns: ['[バックアップ する|バックアップ の] 方法', '手順'],
    backup: -1.5,
    fixture: 'ja-neg-howto',
  },
  {
    id: 'ja-backup-not-saved',
    kind: 'error-message',
    patterns: ['バックアップ を [保存|作成] [できません|できなかった|でき ない]'],
    backup: 3.5,
    example: 'バックアップを保存できませんでした。',
    unsure:
      "written from Apple's wording in other messages; the exact string of this one is not confirmed",
    fixture: 'ja-community-space-computer',
  },
  {
    // Storage words near iCloud, however the sentence runs.
    id: 'ja-icloud-space',
    kind: 'phrase',
    patterns: [
      'icloud の [空き 容量|容量|空き 領域|ストレージ 容量] [が|は]? [足りな|足りず|足りません|不足|ありません|いっぱい]',
      'icloud [の|に]? [十分 な]? 空き [容量|領域] が [ない|ありません]',
      // The topic particle instead of の, and a size or an adverb between: "iCloudは容量不足",
      // "iCloudのストレージは5GBで、もういっぱい".
      'icloud [の|は|も|が] [空き 容量|容量|ストレージ] [が|は]? ~ ~ [足りな|足りず|足りません|不足|いっぱい|満杯]',
      // iCloud itself full: "iCloudがいっぱい", "iCloudが満杯で".
      'icloud [が|は|も]? [いっぱい|満杯]',
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'ja-community-space-icloud',
  },
  {
    // Space words near the computer's, however the sentence runs.
    id: 'ja-computer-space',
    kind: 'phrase',
    patterns: [
      `[mac|パソコン|pc|コンピュータ|ディスク|c ドライブ] の [空き 容量|空き 領域|ディスク 容量|容量|ストレージ|空き] [が|は]? ${FULL}`,
      '[mac|パソコン|pc|コンピュータ] [に|上 に] [十分 な]? 空き [容量|領域] が [ない|ありません]',
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'ja-community-space-computer',
  },
  {
    id: 'ja-account-sign-in-out',
    kind: 'phrase',
    patterns: ['サインアウト', 'apple アカウント', 'apple id'],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'ja-community-account-out',
  },
  {
    // "容量不足" alone names no side: iCloud's is the usual one, the words around it decide.
    id: 'ja-storage-short',
    kind: 'phrase',
    patterns: [
      '容量 不足',
      '[空き 容量|容量] [が|は]? [足りない|足りません|足りず]',
      'ストレージ [が|は]? [不足|足りない|足りません|いっぱい]',
    ],
    backup: 0.3,
    causes: { 'icloud-storage-full': 0.6, 'computer-storage-full': 0.4 },
    fixture: 'ja-tune-youryou-fusoku',
  },
  {
    id: 'ja-device-storage',
    kind: 'phrase',
    patterns: [
      // As Settings names it, without の: "iPhoneストレージがいっぱい".
      `{device} [の|本体 の]? [ストレージ|容量|空き 容量|空き] [が|は]? ${FULL}`,
      `[本体|スマホ|携帯] [側]? の [ストレージ|容量|空き 容量|空き] [が|は|も]? ${FULL}`,
      // iOS's own warning.
      'ストレージ が ほぼ 満杯',
      // The iPhone itself full, no storage word: "iPhone本体がいっぱい", "iPhoneがパンパン".
      '[{device}|本体|スマホ] [が|は|も]? [もう]? [いっぱい|満杯|パンパン]',
      // iOS's storage list names what fills it: "システムデータが40GB".
      'システム データ',
      // Photos or videos filling it: "動画で容量がいっぱい" (not "写真がいっぱい", many photos).
      '[写真|動画] [で|が]? [容量|ストレージ] [が|は]? [いっぱい|満杯|パンパン]',
      // Only a little left: "空きが300MBしかありません" (a size is one word, digits and unit).
      '[空き|残り] [が|は]? ~ しか [ありません|ない|残って]',
    ],
    backup: 0.5,
    causes: { 'device-storage-low': 0.85 },
    fixture: 'ja-tune-honntai',
  },
  {
    // The notification iOS shows about this iPhone's own backup: LINE's or WhatsApp's backup
    // named beside it is then a passing mention.
    id: 'ja-device-backup-failed',
    ownBackup: true,
    kind: 'error-message',
    patterns: ['{device} の バックアップ に 失敗 [しました|しています]'],
    backup: 1.5,
    icloud: 1,
    fixture: 'ja-tune-tsuuchi',
  },
  {
    // A conditional in a how-to ("if the backup fails, ...") is no failure by itself: it cancels what its words score, and counts a third beside Apple's own message.
    id: 'ja-if-backup-fails',
    kind: 'phrase',
    patterns: ['もし バックアップ [に|が] 失敗', 'バックアップ [に|が] 失敗 した [ら|場合]'],
    backup: -3.5,
    passing: true,
    fixture: 'ja-neg-howto-if-fails',
  },
  {
    // The last backup long ago says less than a failure message: a how-to may say it too.
    id: 'ja-last-backup-long-ago',
    kind: 'phrase',
    patterns: [
      '[最後|前回] の バックアップ [は|が] ~ 前',
      // As Settings shows it: 最後のバックアップ: 3週間前.
      '[最後|前回] の バックアップ ~ ~ 前',
    ],
    backup: 1.5,
    icloud: 1,
    fixture: 'ja-tune-sarenaku',
  },
];
