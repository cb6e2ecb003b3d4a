import type { StepCatalog } from '../../catalog';

/** Where iCloud's storage list is, per iOS version (as content/steps/icloud-steps.ts). */
const STORAGE_16 = '設定 >［ユーザ名］> iCloud > アカウントのストレージを管理';
const STORAGE_11 = '設定 >［ユーザ名］> iCloud > ストレージを管理';
const STORAGE_10_3 = '設定 >［ユーザ名］> iCloud > iCloudストレージ > ストレージを管理';
const STORAGE_10_2 = '設定 > iCloud > ストレージ > ストレージを管理';

/** The backup switch: under [your name] from iOS 10.3, under Settings > iCloud before. */
const BACKUP = '設定 >［ユーザ名］> iCloud > iCloudバックアップ';
const BACKUP_10_2 = '設定 > iCloud > バックアップ';

const TURN_ON_OLD = [
  '「iCloudバックアップ」をオンにします。',
  'スイッチがグレイ表示になっている場合は、復元がまだ実行中の可能性があります。復元が終わるまで待ってください。',
];

const SIZE_OLD = [
  '「バックアップ」の下で、この{device}をタップします。',
  '「次回のバックアップのサイズ」が表示されるまで待ち、iCloudの空き容量と比べます。',
];

const UPGRADE_BEFORE_15 = [
  'Appを外しても足りない場合は、もっと大きなiCloudストレージプランを選びます（無料プランは5GB）。今あるデータはすべてそのまま残ります。',
];

const WIFI = [
  '信頼できるWi-Fiネットワークに接続し、SafariでWebサイトを開いて、読み込めるか確認します。',
  'サインインページのあるネットワーク（ホテルや列車など）は避け、バックアップ中はVPNをオフにします。',
];

const REPLACE_ICLOUD_FIRST =
  'この{device}の暗号化されたバックアップをコンピュータに作成し終えたら、「バックアップ」を開いてこの{device}をタップし、そのバックアップを削除します。';
const REPLACE_ICLOUD_FIRST_OLD =
  'この{device}の暗号化されたバックアップをコンピュータに作成し終えたら、「バックアップ」の下でこの{device}をタップし、そのバックアップを削除します。';
const REPLACE_ICLOUD_TURN_ON =
  '削除するとiCloudバックアップもオフになります。「iCloudバックアップ」でもう一度オンにします。';
const REPLACE_ICLOUD_LAST =
  'そこで「今すぐバックアップを作成」をタップすると、新しい完全なバックアップが作成されます。';

const STATUS_PAGE = 'Appleのシステム状況ページ（apple.com/support/systemstatus）';

const SIGN_IN_MESSAGE =
  'もう一度サインインする、メールアドレスを確認する、新しい利用規約に同意する、といったメッセージが表示された場合は、その指示に従います。';

const RESTART_UNLOCK = '起動したら一度ロックを解除して、もう一度バックアップを試します。';

/** Where each app lists its backups, and the folder that holds them. */
const BACKUP_LIST = {
  any: 'Finder（Mac）、またはAppleデバイスかiTunes（Windows）のバックアップのリスト',
  finder:
    'Finder > サイドバーの［{device}］> 一般 > バックアップを管理（フォルダ：~/Library/Application Support/MobileSync/Backup/）',
  itunes:
    'iTunes > 環境設定 > デバイス（フォルダ：~/Library/Application Support/MobileSync/Backup/）',
  windows:
    'Appleデバイス >［{device}］> 一般 > バックアップを管理、またはiTunes > 編集 > 環境設定 > デバイス（フォルダ：AppleデバイスまたはMicrosoft Store版iTunesの場合は%USERPROFILE%\\Apple\\MobileSync\\Backup\\、AppleのWebサイトから入手したiTunesの場合は%APPDATA%\\Apple Computer\\MobileSync\\Backup\\）',
} as const;

const IN_BACKUP_LIST = {
  'mac-finder': { where: BACKUP_LIST.finder },
  'mac-itunes': { where: BACKUP_LIST.itunes },
  windows: { where: BACKUP_LIST.windows },
};

const COPY_NEVER_MOVE =
  '移動せず、必ずコピーしてください。コピーしたバックアップは、変更を加えずにバックアップフォルダへコピーし直したときにだけ復元に使えます。';

const CONNECT_UNLOCK = '{device}を接続してロックを解除し、ホーム画面を表示したままにします。';
const TAP_TRUST =
  '「このコンピュータを信頼しますか？」と表示されたら、「信頼」をタップしてパスコードを入力します。';

const BACKUP_APPS = 'Finder（Mac）、またはAppleデバイスかiTunes（Windows）';

/** Japanese: the fix steps, in the shape of their English text (stepWords). */
export const STEPS: StepCatalog = {
  steps: {
    'icloud-turn-on-backup': {
      title: 'iCloudバックアップをオンにする',
      instructions: [
        '「この{device}をバックアップ」をオンにします。',
        'スイッチがグレイ表示になっている場合は、復元がまだ実行中の可能性があります（スイッチの下に進行状況バーが表示されます）。復元が終わるまで待ってください。',
      ],
      where: BACKUP,
      check: 'スイッチがオンになり、その下に「今すぐバックアップを作成」が表示されます。',
      ios: [{ instructions: TURN_ON_OLD }, { instructions: TURN_ON_OLD, where: BACKUP_10_2 }],
    },
    'icloud-backup-conditions': {
      title: '自動バックアップに必要な条件をそろえる',
      instructions: [
        '毎日のiCloudバックアップは、{device}が電源とWi-Fiに接続されていて、画面がロックされているときにだけ実行されます。',
        '夜間、Wi-Fiにつながる場所で電源に接続し、画面をロックしたままにしておきます。',
      ],
      where: BACKUP,
      check: '翌朝、前回のバックアップの成功日時が昨夜の時刻になっています。',
      ios: [{ where: BACKUP_10_2 }],
    },
    'network-wifi-check': {
      title: '正常に使えるWi-Fiネットワークを使う',
      instructions: [
        ...WIFI,
        'お使いの{device}が5Gに対応している場合は、「モバイル通信経由でバックアップ」（iCloudバックアップの設定内）を使うと、通信事業者が対応していればWi-Fiなしでバックアップできます。モバイルデータ通信を使用します。',
      ],
      where: '設定 > Wi-Fi',
      check: '同じネットワークで、SafariでWebサイトを読み込めます。',
      ios: [{ instructions: WIFI }],
    },
    'icloud-check-backup-size': {
      title: '次回のバックアップのサイズとiCloudの空き容量を比べる',
      instructions: [
        '「バックアップ」を開いて、この{device}をタップします。',
        '「次回のバックアップのサイズ」が表示されるまで待ち、iCloudの画面上部に表示される空き容量と比べます。',
      ],
      where: `${STORAGE_16} > バックアップ`,
      check: '足りない容量がわかります（または十分な容量があることがわかります）。',
      ios: [
        { where: `${STORAGE_11} > バックアップ` },
        { instructions: SIZE_OLD, where: STORAGE_10_3 },
        { instructions: SIZE_OLD, where: STORAGE_10_2 },
      ],
    },
    'icloud-trim-backup': {
      title: '容量の大きいAppをバックアップから外す',
      instructions: [
        'この{device}のバックアップで、バックアップする必要のないデータのAppをオフにします（データをもともとオンラインに保存しているAppなど）。',
        'iCloud写真、iCloud Drive、メールなど、iCloudにすでに保存されているものはバックアップに含まれないため、ここでオフにしても容量は空きません。',
      ],
      where: `${STORAGE_16} > バックアップ >［この{device}］`,
      check: '「次回のバックアップのサイズ」がiCloudの空き容量より小さくなっています。',
      caution:
        'Appをオフにすると、そのAppのデータがiCloudバックアップから削除されます。データは{device}に残り、Appをもう一度オンにすると再びバックアップされます。',
      ios: [
        { where: `${STORAGE_11} > バックアップ >［この{device}］` },
        { where: `${STORAGE_10_3} >［この{device}］` },
        { where: `${STORAGE_10_2} >［この{device}］` },
      ],
    },
    'icloud-upgrade-storage': {
      title: 'iCloudストレージを増やす',
      instructions: [
        'Appを外しても足りない場合は、もっと大きなiCloud+プランを選びます（無料プランは5GB）。今あるデータはすべてそのまま残ります。',
        '新しい{device}を入手する予定ですか？「転送または{device}をリセット」の「新しい{device}の準備」を使うと、完全なバックアップ用に無料のiCloudストレージを一時的に利用でき、21日間保管されます。',
      ],
      where: `${STORAGE_16} > ストレージプランを変更`,
      check: 'iCloudの画面上部の合計容量に新しいプランが反映されています。',
      ios: [
        { where: `${STORAGE_11} > ストレージプランを変更` },
        { instructions: UPGRADE_BEFORE_15, where: `${STORAGE_11} > ストレージプランを変更` },
        {
          instructions: UPGRADE_BEFORE_15,
          where: '設定 >［ユーザ名］> iCloud > iCloudストレージ > ストレージプランを変更',
        },
        {
          instructions: UPGRADE_BEFORE_15,
          where: '設定 > iCloud > ストレージ > ストレージプランを変更',
        },
      ],
    },
    'icloud-free-space': {
      title: 'iCloudの空き容量を増やす',
      instructions: [
        'iCloudストレージを何が使っているかを確認し、不要になったものを削除します。たとえば、iCloud Drive内の大きなファイル、古いメールの添付ファイル、ほかの場所に保存済みの写真などです。',
        'もう持っていないデバイスのバックアップも容量を使います。バックアップを削除するのは、そこから復元することが絶対にないと確信できる場合だけにしてください。',
      ],
      where: STORAGE_16,
      check: 'iCloudの画面上部の空き容量が「次回のバックアップのサイズ」より大きくなっています。',
      caution:
        'iCloudから削除したものは、そのiCloudにサインインしているすべてのデバイスから消えます。削除したバックアップは元に戻せません。まだ復元に使う可能性があるデバイスのバックアップは、絶対に削除しないでください。',
      ios: [{ where: STORAGE_11 }, { where: STORAGE_10_3 }, { where: STORAGE_10_2 }],
    },
    'icloud-replace-damaged-backup': {
      title: '破損したiCloudバックアップを新しいものに置き換える',
      instructions: [
        REPLACE_ICLOUD_FIRST,
        '削除するとiCloudバックアップもオフになります。「iCloudバックアップ」で「この{device}をバックアップ」をもう一度オンにします。',
        REPLACE_ICLOUD_LAST,
      ],
      where: `${STORAGE_16} > バックアップ >［この{device}］`,
      check: '新しいiCloudバックアップが完了し、今日の日付が表示されます。',
      caution:
        'iCloudバックアップの削除は元に戻せません。この{device}の暗号化されたバックアップをコンピュータに作成し終えてから行ってください（暗号化されていないバックアップには、パスワードやヘルスケアのデータが含まれません）。また、そのiCloudバックアップを復元にまだ使う可能性がある場合は、絶対に削除しないでください。',
      ios: [
        {
          instructions: [REPLACE_ICLOUD_FIRST, REPLACE_ICLOUD_TURN_ON, REPLACE_ICLOUD_LAST],
          where: `${STORAGE_11} > バックアップ >［この{device}］`,
        },
        {
          instructions: [REPLACE_ICLOUD_FIRST_OLD, REPLACE_ICLOUD_TURN_ON, REPLACE_ICLOUD_LAST],
          where: `${STORAGE_10_3} >［この{device}］`,
        },
        {
          instructions: [
            REPLACE_ICLOUD_FIRST_OLD,
            `削除するとiCloudバックアップもオフになります。「${BACKUP_10_2}」でもう一度オンにします。`,
            REPLACE_ICLOUD_LAST,
          ],
          where: `${STORAGE_10_2} >［この{device}］`,
        },
      ],
    },
    'icloud-back-up-now': {
      title: '今すぐiCloudにバックアップする',
      instructions: [
        'Wi-Fiに接続したまま「今すぐバックアップを作成」をタップし、完了するまで{device}の接続を保ちます。',
      ],
      where: `${BACKUP} > 今すぐバックアップを作成`,
      check: 'ボタンの下に表示される前回のバックアップの成功日時が、現在の時刻になっています。',
      ios: [{ where: `${BACKUP_10_2} > 今すぐバックアップを作成` }],
    },
    'check-apple-status': {
      title: 'AppleのiCloudバックアップサービスが正常に動作しているか確認する',
      instructions: [
        'Appleのシステム状況ページを開き、「iCloudバックアップ」と「iCloudアカウントとサインイン」を探します。',
        'どちらかに問題や障害が表示されている場合は、Apple側の問題です。しばらく待ってから、もう一度お試しください。',
      ],
      where: STATUS_PAGE,
      check: '両方のサービスが「利用可能」と表示されています。',
    },
    'wait-for-apple': {
      title: 'Apple側の修正を待ってから、もう一度試す',
      instructions: [
        'Appleのサービスに問題が起きている間は、{device}の設定を何も変更する必要はありません。',
        'iCloudバックアップはオンのままにしておきます。自動バックアップは自動的に再試行されます。',
        'システム状況ページでiCloudバックアップが「利用可能」と表示されたら、もう一度バックアップします。',
      ],
      where: STATUS_PAGE,
      check: 'iCloudバックアップが「利用可能」と表示され、バックアップが完了します。',
    },
    'restart-device': {
      title: '{device}を再起動する',
      instructions: [
        '「システム終了」をタップしてスライダをドラッグするか、スライダが表示されるまでサイドボタンまたはトップボタンを（ホームボタンのない{device}では、いずれかの音量ボタンと一緒に）押し続けます。',
        '30秒待ってから、Appleロゴが表示されるまでサイドボタンまたはトップボタンを押し続けます。',
        RESTART_UNLOCK,
      ],
      where: '設定 > 一般 > システム終了',
      check: '再起動後にバックアップが始まり、同じメッセージで止まらなくなります。',
      ios: [
        {
          instructions: [
            'スライダが表示されるまでスリープ/スリープ解除ボタン（トップまたはサイド）を押し続け、スライダをドラッグします。',
            '30秒待ってから、Appleロゴが表示されるまでスリープ/スリープ解除ボタンを押し続けます。',
            RESTART_UNLOCK,
          ],
          where: 'トップまたはサイドにあるスリープ/スリープ解除ボタン',
        },
      ],
    },
    'device-free-space': {
      title: '{device}の空き領域を増やす',
      instructions: [
        '「{device}ストレージ」を開き、リストが読み込まれるまで待ちます。',
        'あまり使わないAppを取り除くなど、表示されるおすすめに従います。Appを取り除いても、その書類とデータは残ります。',
        '不要になった大きなビデオやダウンロードしたファイルを削除します。',
      ],
      where: '設定 > 一般 > {device}ストレージ',
      check: '画面上部のバーに、少なくとも数GBの空きがあると表示されています。',
      caution:
        '削除したものは{device}から消えます。残しておきたいビデオやファイルは、コピーを取っておいてください。Appを取り除いても、そのデータは残ります。',
      ios: [
        {
          instructions: [
            '「ストレージ」の下（「iCloud」の下ではありません）にある「ストレージを管理」を開き、リストが読み込まれるまで待ちます。',
            '使わなくなったAppをタップして削除するか、不要になった大きなビデオやダウンロードしたファイルを削除します。',
          ],
          where: '設定 > 一般 > ストレージとiCloudの使用状況 > ストレージを管理',
          caution:
            '削除したものは{device}から消えます。残しておきたいビデオやファイルは、コピーを取っておいてください。Appを削除すると、そのデータも削除されます。',
        },
      ],
    },
    'update-ios': {
      title: '{device}のソフトウェアをアップデートする',
      instructions: [
        'Wi-Fiと電源に接続します。',
        '表示されたアップデートをインストールし、{device}が再起動するまで待ちます。',
      ],
      where: '設定 > 一般 > ソフトウェアアップデート',
      check: '「ソフトウェアアップデート」に、インストール待ちのアップデートが表示されません。',
    },
    'account-check-signin': {
      title: 'Apple Accountにサインインしているか確認する',
      instructions: [
        '「設定」を開き、一番上に表示されるユーザ名をタップします。',
        SIGN_IN_MESSAGE,
        '求められたら、Apple Accountのパスワードを入力します。',
      ],
      where: '設定 >［ユーザ名］',
      check: 'ユーザ名に赤いバッジやサインインのメッセージが表示されず、iCloudを開けます。',
      ios: [
        {
          instructions: [
            '「設定」を開き、「iCloud」をタップします。',
            SIGN_IN_MESSAGE,
            '求められたら、Apple IDのパスワードを入力します。',
          ],
          where: '設定 > iCloud',
          check: 'アカウントにサインインのメッセージが表示されていません。',
        },
      ],
    },
    'account-sign-out-in': {
      title: 'iCloudからサインアウトして、もう一度サインインする',
      instructions: [
        '「サインアウト」をタップし、Apple Accountのパスワードを入力して「探す」をオフにします。',
        'この{device}にコピーを残すデータ（連絡先やカレンダーなど）を選んでから、サインアウトします。',
        '{device}を再起動し、同じApple Accountでもう一度サインインします。',
      ],
      where: '設定 >［ユーザ名］> サインアウト',
      check: 'サインイン後、iCloudバックアップがオンになっていて、バックアップが完了します。',
      caution:
        'サインアウトすると、iCloudにだけ保存されているもの（iCloud写真やiCloud Driveのファイルなど）と、コピーを残さなかったデータがこの{device}から消えます。これらはすべてiCloudに残り、サインインすると戻ってきます。Apple Accountのパスワードが必要です。',
      ios: [
        {
          instructions: [
            '「サインアウト」をタップし、Apple IDのパスワードを入力して「{device}を探す」をオフにします。',
            'この{device}に残すデータ（連絡先やカレンダーなど）を選んでから、サインアウトします。',
            '{device}を再起動し、同じApple IDでもう一度サインインします。',
          ],
          where: '設定 > iCloud > サインアウト',
          caution:
            'サインアウトすると、iCloudにだけ保存されているもの（iCloudフォトライブラリやiCloud Driveのファイルなど）と、残さなかったデータがこの{device}から消えます。これらはすべてiCloudに残り、サインインすると戻ってきます。Apple IDのパスワードが必要です。',
        },
      ],
    },
    'check-screen-time': {
      title: 'スクリーンタイムでアカウントの変更を許可する',
      instructions: [
        '「コンテンツとプライバシーの制限」を開きます。',
        '「アカウントの変更」で「許可」を選びます（スクリーンタイム・パスコードが必要な場合があります）。',
      ],
      where: '設定 > スクリーンタイム > コンテンツとプライバシーの制限 > アカウントの変更',
      check: 'iCloudバックアップのスイッチがグレイ表示ではなくなっています。',
      ios: [
        {
          instructions: [
            '「コンテンツとプライバシーの制限」（iOS 11では「機能制限」）を開きます。',
            '「アカウントの変更」（iOS 11では「アカウント」）で「許可」を選びます（パスコードが必要な場合があります）。',
          ],
          where:
            '設定 > スクリーンタイム > コンテンツとプライバシーの制限 > アカウントの変更（iOS 11：設定 > 一般 > 機能制限 > アカウント）',
        },
        {
          instructions: [
            '「機能制限」を開き、機能制限パスコードを入力します。',
            '「アカウント」で「変更を許可」を選びます。',
          ],
          where: '設定 > 一般 > 機能制限 > アカウント',
        },
      ],
    },
    'check-profiles': {
      title: 'バックアップをブロックする職場や学校のプロファイルがないか確認する',
      instructions: [
        '学校や勤務先による構成プロファイルやデバイス管理がないか確認します。',
        'ある場合は、iCloudバックアップをオフにする設定になっていないか、管理者に問い合わせてください。',
      ],
      where: '設定 > 一般 > VPNとデバイス管理',
      check: 'バックアップを制限するプロファイルがないか、組織がバックアップを許可しています。',
      caution: '職場や学校のプロファイルは、管理者に確認せずに削除しないでください。',
      ios: [{ where: '設定 > 一般 > プロファイル（または「プロファイルとデバイス管理」）' }],
    },
    'reset-network-settings': {
      title: 'ネットワーク設定をリセットする',
      instructions: [
        '「リセット」を選び、「ネットワーク設定をリセット」を選んで、パスコードを入力します。',
        '{device}が再起動したら、Wi-Fiネットワークにもう一度接続して、バックアップを試します。',
      ],
      where: '設定 > 一般 > 転送または{device}をリセット > リセット > ネットワーク設定をリセット',
      check: '{device}がWi-Fiに再び接続され、バックアップが完了します。',
      caution:
        '保存されているすべてのWi-Fiネットワークとそのパスワード、VPNとモバイル通信の設定、この{device}が信頼したコンピュータの情報が消去されます。Wi-Fiのパスワードを用意しておいてください。データは消えません。',
      ios: [{ where: '設定 > 一般 > リセット > ネットワーク設定をリセット' }],
    },
    'connection-unlock-trust': {
      title: '{device}のロックを解除して、コンピュータを信頼する',
      instructions: [
        CONNECT_UNLOCK,
        TAP_TRUST,
        'コンピュータ側でも確認された場合は、「信頼」（Finder、Appleデバイス）または「続ける」（iTunes）をクリックします。',
      ],
      where: '{device}上：「このコンピュータを信頼しますか？」のアラート。その後、コンピュータ上',
      check: '{device}がFinder（Mac）、またはAppleデバイスかiTunes（Windows）に表示されます。',
      computer: {
        'mac-finder': {
          instructions: [
            CONNECT_UNLOCK,
            TAP_TRUST,
            'Finderで{device}を信頼するかどうか確認された場合は、「信頼」をクリックします。',
          ],
          check: '{device}がFinderのサイドバーの「場所」に表示されます。',
        },
        'mac-itunes': {
          instructions: [
            CONNECT_UNLOCK,
            TAP_TRUST,
            'iTunesで、このコンピュータに{device}へのアクセスを許可するかどうか確認された場合は、「続ける」をクリックします。',
          ],
          check: 'iTunesの左上付近に{device}のボタンが表示されます。',
        },
        windows: {
          instructions: [
            CONNECT_UNLOCK,
            TAP_TRUST,
            'Appleデバイスでも確認された場合は「信頼」をクリックします。iTunesでアクセスを許可するかどうか確認された場合は「続ける」をクリックします。',
          ],
          check: '{device}がAppleデバイスのサイドバーに、またはiTunesにボタンとして表示されます。',
        },
      },
    },
    'connection-cable-port': {
      title: '別のケーブルとUSBポートを試す',
      instructions: [
        'ケーブルは、ハブやキーボードを経由せず、コンピュータに直接接続します。',
        '別のUSBポートを試し、ほかにAppleのケーブルや認定ケーブルがあれば、それも試します。',
      ],
      where: 'ケーブルとコンピュータのUSBポート',
      check: 'バックアップが終わるまで{device}の接続が切れません。',
      computer: { 'mac-finder': {}, 'mac-itunes': {}, windows: {} },
    },
    'restart-computer': {
      title: 'コンピュータを再起動する',
      instructions: [
        '作業内容を保存してからコンピュータを再起動し、{device}をもう一度接続します。',
      ],
      where: 'コンピュータの再起動コマンド',
      check: '再起動後、{device}が接続され、バックアップが始まります。',
      computer: {
        'mac-finder': { where: 'Appleメニュー > 再起動' },
        'mac-itunes': { where: 'Appleメニュー > 再起動' },
        windows: { where: 'スタート > 電源 > 再起動' },
      },
    },
    'update-computer': {
      title: 'コンピュータとバックアップ用のAppをアップデートする',
      instructions: [
        'コンピュータと、{device}のバックアップに使うAppの最新のアップデートをインストールします。',
      ],
      where: 'コンピュータのソフトウェアアップデートの設定',
      check: 'インストール待ちのアップデートがなく、Appが{device}を認識しています。',
      computer: {
        'mac-finder': {
          instructions: [
            '表示されたmacOSのアップデートをインストールします。FinderはmacOSと一緒にアップデートされます。',
          ],
          where:
            'Appleメニュー > システム設定 > 一般 > ソフトウェアアップデート（macOS 12以前：システム環境設定 > ソフトウェアアップデート）',
        },
        'mac-itunes': {
          instructions: ['表示されたmacOSとiTunesのアップデートをインストールします。'],
          where:
            'Appleメニュー > システム環境設定 > ソフトウェアアップデート（macOS 10.13以前：App Store > アップデート）',
        },
        windows: {
          instructions: [
            'Windows Updateを実行し、提供される更新プログラムをインストールします。',
            'Appleデバイス（またはMicrosoft Store版iTunes）は、Microsoft Storeの「ライブラリ」で「更新プログラムを取得する」を使ってアップデートします。AppleのWebサイトから入手したiTunesは、「ヘルプ > 更新プログラムを確認」でアップデートします。',
          ],
          where:
            'Windows 11：スタート > 設定 > Windows Update、Windows 10：スタート > 設定 > 更新とセキュリティ > Windows Update',
        },
      },
    },
    'computer-free-space': {
      title: 'コンピュータの空き領域を増やす',
      instructions: [
        'コンピュータへのバックアップには、{device}の使用済み容量とほぼ同じだけの空き領域が必要です。',
        'ゴミ箱を空にし、自分で保存した大きなビデオやダウンロードしたファイルを別のドライブに移します。',
      ],
      where: 'コンピュータのストレージの設定',
      check: 'コンピュータの空き領域が、{device}の使用済み容量より大きくなっています。',
      computer: {
        'mac-finder': {
          where:
            'Appleメニュー > システム設定 > 一般 > ストレージ（macOS 12以前：Appleメニュー > このMacについて > ストレージ）',
        },
        'mac-itunes': { where: 'Appleメニュー > このMacについて > ストレージ' },
        windows: { where: 'スタート > 設定 > システム > 記憶域' },
      },
    },
    'computer-remove-old-backups': {
      title: '不要になった古いバックアップを削除する',
      instructions: [
        'バックアップのリストを開き、使わなくなったデバイスのバックアップを探します。',
        '残しておきたいものは、まずそのフォルダ全体を別のドライブにコピーし、コピーには手を加えないでおきます。',
        'その後、バックアップを選択して「バックアップを削除」をクリックします。',
      ],
      where: BACKUP_LIST.any,
      check:
        'メインのドライブの空き領域が増え、残しておくバックアップは別のドライブにコピーされています。',
      caution: `削除したバックアップは元に戻せません。先にコピーした場合を除き、今後絶対に復元に使わないバックアップだけを削除してください。${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'security-software-check': {
      title: 'コンピュータのセキュリティソフトウェアを確認する',
      instructions: [
        'ウイルス対策やファイアウォールのAppをアップデートするか、バックアップ中は一時停止します。',
        'ブロックするAppやデバイスのリストがある場合は、Appleのバックアップ用Appを許可します。',
      ],
      where: 'ウイルス対策またはファイアウォールのAppの設定',
      check: 'セキュリティAppをアップデートまたは一時停止した状態で、バックアップが完了します。',
      caution: 'バックアップが終わったら、すぐに保護をオンに戻してください。',
      computer: {
        'mac-finder': {
          where: 'セキュリティAppの設定（FinderがUSB経由で{device}にアクセスできる必要があります）',
        },
        'mac-itunes': {
          where: 'セキュリティAppの設定（iTunesがUSB経由で{device}にアクセスできる必要があります）',
        },
        windows: {
          where:
            'Windows 11：スタート > 設定 > プライバシーとセキュリティ > Windows セキュリティ、Windows 10：スタート > 設定 > 更新とセキュリティ > Windows セキュリティ、およびそのほかのウイルス対策App（AppleデバイスまたはiTunesを許可）',
        },
      },
    },
    'encrypt-local-backup': {
      title: 'コンピュータに暗号化されたバックアップを作成する',
      instructions: [
        '{device}のバックアップに使うAppで{device}を選択し、「ローカルのバックアップを暗号化」をオンにします。',
        '忘れないパスワードを設定してから「今すぐバックアップ」をクリックし、完了するまで待ちます。',
        '保存したパスワード、Wi-Fiの設定、ヘルスケアのデータ、通話履歴が含まれるのは、暗号化されたバックアップだけです。',
      ],
      where: BACKUP_APPS,
      check: 'バックアップのリストで、バックアップに現在の時刻と鍵のアイコンが表示されています。',
      caution:
        '暗号化されたバックアップは、パスワードがないと使えません。パスワードを書き留めておいてください。',
      computer: {
        'mac-finder': {
          where: 'Finder > サイドバーの［{device}］> 一般 > ローカルのバックアップを暗号化',
        },
        'mac-itunes': {
          where: 'iTunes >［{device}ボタン］> 概要 > ローカルのバックアップを暗号化',
        },
        windows: {
          where:
            'Appleデバイス >［{device}］> 一般 > ローカルのバックアップを暗号化（iTunes：［{device}ボタン］> 概要）',
        },
      },
    },
    'computer-replace-damaged-backup': {
      title: '破損したバックアップを新しいものに置き換える',
      instructions: [
        'バックアップ用のAppを終了します。破損したバックアップがまだ必要になる可能性がある場合は、そのフォルダ全体を別のドライブにコピーし、コピーには手を加えないでおきます。',
        'バックアップのリストを開き、この{device}のバックアップを選択して「バックアップを削除」をクリックします。',
        'もう一度バックアップすると、新しい完全なバックアップが作成されます。',
      ],
      where: BACKUP_LIST.any,
      check: '新しいバックアップが完了し、バックアップのリストに今日の日付で表示されます。',
      caution: `バックアップの削除は元に戻せません。まだ復元に使う可能性があるバックアップは、先にコピーせずに削除しないでください。${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'reset-trust-settings': {
      title: '{device}の信頼設定をリセットする',
      instructions: [
        '「リセット」を選び、「位置情報とプライバシーをリセット」を選んで、パスコードを入力します。',
        'コンピュータにもう一度接続し、確認されたら「信頼」をタップします。',
      ],
      where:
        '設定 > 一般 > 転送または{device}をリセット > リセット > 位置情報とプライバシーをリセット',
      check:
        '「このコンピュータを信頼しますか？」のアラートが表示され、コンピュータが{device}を認識します。',
      caution:
        'Appが位置情報、カメラ、その他のデータを使う許可をもう一度求めるようになり、すべてのコンピュータをもう一度信頼する必要があります。',
      ios: [{ where: '設定 > 一般 > リセット > 位置情報とプライバシーをリセット' }],
    },
    'computer-back-up-now': {
      title: '今すぐコンピュータにバックアップする',
      instructions: [
        '{device}のバックアップに使うAppで{device}を選択し、すべてのデータをこのコンピュータにバックアップする設定を選びます。',
        '「ローカルのバックアップを暗号化」をオンにします（パスワードは保管しておきます）。暗号化した場合だけ、保存したパスワード、Wi-Fiの設定、ヘルスケアのデータ、通話履歴がバックアップに含まれます。',
        '「今すぐバックアップ」をクリックし、完了するまで{device}を接続してロックを解除したままにします。',
      ],
      where: BACKUP_APPS,
      check: 'このコンピュータへの最新のバックアップに、現在の時刻が表示されています。',
      computer: {
        'mac-finder': { where: 'Finder > サイドバーの［{device}］> 一般 > 今すぐバックアップ' },
        'mac-itunes': { where: 'iTunes >［{device}ボタン］> 概要 > 今すぐバックアップ' },
        windows: {
          where:
            'Appleデバイス >［{device}］> 一般 > 今すぐバックアップ（iTunes：［{device}ボタン］> 概要 > 今すぐバックアップ）',
        },
      },
    },
  },
  unsure: [
    {
      label: 'アカウントのストレージを管理',
      note: 'iOS 16+ "Manage Account Storage": believed to be Apple Japan’s wording, not verified on a Japanese device; recent iOS may show only ストレージを管理.',
    },
    {
      label: '次回のバックアップのサイズ',
      note: '"Next Backup Size" under the device’s backup: wording from memory of Apple Japan’s articles, not verified.',
    },
    {
      label: 'モバイル通信経由でバックアップ',
      note: '"Back Up Over Cellular": Japanese iOS calls cellular モバイル通信, but the exact switch label is not verified.',
    },
    {
      label: 'ストレージとiCloudの使用状況',
      note: 'iOS 10 "Storage & iCloud Usage" label from memory; not verified on an iOS 10 device.',
    },
    {
      label: '変更を許可',
      note: 'iOS 10 and earlier: "Allow Changes" under Restrictions > Accounts; the Japanese label is not verified.',
    },
    {
      label: 'iCloudアカウントとサインイン',
      note: 'The service’s name on Apple’s Japanese System Status page ("iCloud Account & Sign In") is not verified.',
    },
    {
      label: '更新プログラムを取得する',
      note: 'Microsoft Store’s "Get updates" button in Japanese Windows: wording from memory, and Microsoft changes it between Store versions.',
    },
    {
      label: 'ヘルプ > 更新プログラムを確認',
      note: 'iTunes for Windows "Help > Check for Updates" in Japanese: not verified.',
    },
    {
      label: '［{device}ボタン］',
      note: 'iTunes has no label for the device button; this describes it. Apple Japan may call it デバイスボタン.',
    },
  ],
};
