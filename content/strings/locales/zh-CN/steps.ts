import type { StepCatalog } from '../../catalog';

/** Settings > [your name] > iCloud, as Apple China writes it. */
const ICLOUD = '设置 >［你的姓名］> iCloud';

/** Where iCloud's storage list is, per iOS version (as content/steps/icloud-steps.ts). */
const STORAGE_16 = `${ICLOUD} > 管理账户储存空间`;
const STORAGE_11 = `${ICLOUD} > 管理储存空间`;
const STORAGE_10_3 = `${ICLOUD} > iCloud 储存空间 > 管理储存空间`;
const STORAGE_10_2 = '设置 > iCloud > 储存空间 > 管理储存空间';

/** The backup switch: under [your name] from iOS 10.3, under Settings > iCloud before. */
const BACKUP = `${ICLOUD} > iCloud 云备份`;
const BACKUP_10_2 = '设置 > iCloud > 备份';

const TURN_ON_OLD = [
  '打开“iCloud 云备份”。',
  '如果开关呈灰色，可能仍有恢复过程正在进行：请先等它完成。',
];

const SIZE_OLD = [
  '在“备份”下，轻点此 {device}。',
  '等待“下次备份大小”出现，然后将它与 iCloud 中的可用空间进行比较。',
];

const UPGRADE_BEFORE_15 = [
  '如果不备份某些 App 仍然不够，请选择更大的 iCloud 储存空间方案（免费方案有 5 GB）。你现有的所有内容都会保留。',
];

const REPLACE_FRESH = '然后轻点那里的“立即备份”；系统会创建一个新的完整备份。';

const SYSTEM_STATUS = 'Apple 系统状态页面（apple.com/support/systemstatus）';

/** Where each app lists its backups, and the folder that holds them. */
const BACKUP_LIST = {
  any: '访达（Mac）或者“Apple 设备”或 iTunes（Windows）中的备份列表',
  finder:
    '访达 > 边栏中的［{device}］> 通用 > 管理备份（文件夹：~/Library/Application Support/MobileSync/Backup/）',
  itunes: 'iTunes > 偏好设置 > 设备（文件夹：~/Library/Application Support/MobileSync/Backup/）',
  windows:
    'Apple 设备 >［{device}］> 通用 > 管理备份，或 iTunes > 编辑 > 偏好设置 > 设备（文件夹：“Apple 设备”或 Microsoft Store 版 iTunes 为 %USERPROFILE%\\Apple\\MobileSync\\Backup\\，从 Apple 网站下载的 iTunes 为 %APPDATA%\\Apple Computer\\MobileSync\\Backup\\）',
} as const;

const IN_BACKUP_LIST = {
  'mac-finder': { where: BACKUP_LIST.finder },
  'mac-itunes': { where: BACKUP_LIST.itunes },
  windows: { where: BACKUP_LIST.windows },
};

const COPY_NEVER_MOVE = '只能拷贝，切勿移动：副本只有原样拷贝回备份文件夹后才能用于恢复。';

const ON_COMPUTER = '访达（Mac）或者“Apple 设备”或 iTunes（Windows）';

const CONNECT = '连接 {device}，将它解锁，并停留在主屏幕上。';
const TRUST = '出现“要信任此电脑吗？”时，轻点“信任”并输入你的密码。';

/** Simplified Chinese (mainland China): the fix steps, in the shape of their English text (stepWords). */
export const STEPS: StepCatalog = {
  steps: {
    'check-apple-status': {
      title: '检查 Apple 的 iCloud 云备份服务是否正常',
      instructions: [
        '打开 Apple 的系统状态页面，找到“iCloud 云备份”和“iCloud 账户和登录”。',
        '如果其中任何一项显示问题或中断，说明问题出在 Apple 方面：请稍后再试。',
      ],
      where: SYSTEM_STATUS,
      check: '两项服务都显示为可用。',
    },
    'wait-for-apple': {
      title: '等待 Apple 修复，然后再试',
      instructions: [
        'Apple 的服务出现问题时，你的 {device} 上不需要更改任何设置。',
        '让 iCloud 云备份保持打开；自动备份会自行重试。',
        '等系统状态页面显示 iCloud 云备份可用后，再次备份。',
      ],
      where: SYSTEM_STATUS,
      check: 'iCloud 云备份显示为可用，并且备份成功完成。',
    },
    'restart-device': {
      title: '重新启动 {device}',
      instructions: [
        '轻点“关机”并拖移滑块，或者按住侧边按钮或顶部按钮（如果你的 {device} 没有主屏幕按钮，则同时按住任一音量按钮），直到出现滑块。',
        '等待 30 秒，然后按住侧边按钮或顶部按钮，直到出现 Apple 标志。',
        '设备启动后先解锁一次，然后再次尝试备份。',
      ],
      where: '设置 > 通用 > 关机',
      check: '重新启动后，备份开始进行，并且没有因同样的信息而停止。',
      ios: [
        {
          instructions: [
            '按住睡眠/唤醒按钮（顶部或侧边），直到出现滑块，然后拖移滑块。',
            '等待 30 秒，然后按住睡眠/唤醒按钮，直到出现 Apple 标志。',
            '设备启动后先解锁一次，然后再次尝试备份。',
          ],
          where: '顶部或侧边的睡眠/唤醒按钮',
        },
      ],
    },
    'device-free-space': {
      title: '释放 {device} 上的空间',
      instructions: [
        '打开“{device} 储存空间”，等待列表载入。',
        '按照其中的建议操作，例如卸载不常用的 App：卸载 App 会保留其文稿和数据。',
        '删除不再需要的大型视频或下载内容。',
      ],
      where: '设置 > 通用 > {device} 储存空间',
      check: '顶部的条形图显示至少有几 GB 的可用空间。',
      caution:
        '删除的内容会从 {device} 上移除：对于可能还需要的视频或文件，请先保留一份副本。卸载 App 会保留其数据。',
      ios: [
        {
          instructions: [
            '打开“储存空间”下方（而不是“iCloud”下方）的“管理储存空间”，等待列表载入。',
            '轻点不再使用的 App 并将其删除，或者删除不再需要的大型视频或下载内容。',
          ],
          where: '设置 > 通用 > 储存空间与 iCloud 用量 > 管理储存空间',
          caution:
            '删除的内容会从 {device} 上移除：对于可能还需要的视频或文件，请先保留一份副本。删除 App 会同时删除其数据。',
        },
      ],
    },
    'update-ios': {
      title: '更新 {device} 的软件',
      instructions: ['连接无线局域网和电源。', '安装显示的所有更新，然后让 {device} 重新启动。'],
      where: '设置 > 通用 > 软件更新',
      check: '“软件更新”显示没有等待安装的更新。',
    },
    'account-check-signin': {
      title: '检查你是否已登录 Apple 账户',
      instructions: [
        '打开“设置”，然后轻点顶部你的姓名。',
        '如果有信息要求你重新登录、验证电子邮件地址或同意新的条款，请按提示操作。',
        '出现提示时，输入你的 Apple 账户密码。',
      ],
      where: '设置 >［你的姓名］',
      check: '你的姓名旁边没有红色标记或登录信息，并且可以打开 iCloud。',
      ios: [
        {
          instructions: [
            '打开“设置”，然后轻点“iCloud”。',
            '如果有信息要求你重新登录、验证电子邮件地址或同意新的条款，请按提示操作。',
            '出现提示时，输入你的 Apple ID 密码。',
          ],
          where: '设置 > iCloud',
          check: '你的账户正常显示，没有登录信息。',
        },
      ],
    },
    'account-sign-out-in': {
      title: '退出 iCloud 并重新登录',
      instructions: [
        '轻点“退出登录”，然后输入你的 Apple 账户密码以关闭“查找”。',
        '选择要在此 {device} 上保留副本的数据（例如通讯录和日历），然后退出登录。',
        '重新启动 {device}，然后使用同一个 Apple 账户重新登录。',
      ],
      where: '设置 >［你的姓名］> 退出登录',
      check: '登录后，iCloud 云备份已打开，并且备份成功完成。',
      caution:
        '退出登录后，仅储存在 iCloud 中的内容（例如 iCloud 照片和 iCloud 云盘文件）以及你未保留副本的数据会从此 {device} 上移除。这些内容仍保留在 iCloud 中，重新登录后就会回来。你需要 Apple 账户密码。',
      ios: [
        {
          instructions: [
            '轻点“注销”，然后输入你的 Apple ID 密码以关闭“查找我的 {device}”。',
            '选择要在此 {device} 上保留的数据（例如通讯录和日历），然后注销。',
            '重新启动 {device}，然后使用同一个 Apple ID 重新登录。',
          ],
          where: '设置 > iCloud > 注销',
          caution:
            '注销后，仅储存在 iCloud 中的内容（例如 iCloud 照片图库和 iCloud 云盘文件）以及你未保留的数据会从此 {device} 上移除。这些内容仍保留在 iCloud 中，重新登录后就会回来。你需要 Apple ID 密码。',
        },
      ],
    },
    'check-screen-time': {
      title: '在“屏幕使用时间”中允许账户更改',
      instructions: [
        '打开“内容和隐私访问限制”。',
        '在“账户更改”下，选择“允许”（可能需要输入屏幕使用时间密码）。',
      ],
      where: '设置 > 屏幕使用时间 > 内容和隐私访问限制 > 账户更改',
      check: 'iCloud 云备份开关不再呈灰色。',
      ios: [
        {
          instructions: [
            '打开“内容和隐私访问限制”（在 iOS 11 上：“访问限制”）。',
            '在“账户更改”（“帐户”）下，选择“允许”（可能需要输入密码）。',
          ],
          where:
            '设置 > 屏幕使用时间 > 内容和隐私访问限制 > 账户更改（iOS 11：设置 > 通用 > 访问限制 > 帐户）',
        },
        {
          instructions: ['打开“访问限制”，然后输入访问限制密码。', '在“帐户”下，选择“允许更改”。'],
          where: '设置 > 通用 > 访问限制 > 帐户',
        },
      ],
    },
    'check-profiles': {
      title: '检查是否有阻止备份的工作或学校描述文件',
      instructions: [
        '查看是否有来自学校或雇主的配置描述文件或设备管理。',
        '如果有，请询问其管理者它是否关闭了 iCloud 云备份。',
      ],
      where: '设置 > 通用 > VPN 与设备管理',
      check: '没有描述文件限制备份，或者机构已允许备份。',
      caution: '未经管理员同意，请勿移除工作或学校描述文件。',
      ios: [{ where: '设置 > 通用 > 描述文件（或“描述文件与设备管理”）' }],
    },
    'reset-network-settings': {
      title: '还原网络设置',
      instructions: [
        '选择“还原”，然后选择“还原网络设置”，并输入你的密码。',
        '{device} 重新启动后，重新加入你的无线局域网，然后尝试备份。',
      ],
      where: '设置 > 通用 > 传输或还原 {device} > 还原 > 还原网络设置',
      check: '{device} 重新连接到无线局域网，并且备份成功完成。',
      caution:
        '这会清除所有已存储的无线局域网及其密码、VPN 和蜂窝网络设置，以及此 {device} 曾信任过的电脑。请备好你的无线局域网密码。你的数据不受影响。',
      ios: [{ where: '设置 > 通用 > 还原 > 还原网络设置' }],
    },
    'icloud-turn-on-backup': {
      title: '打开 iCloud 云备份',
      instructions: [
        '打开“备份此 {device}”。',
        '如果开关呈灰色，可能仍有恢复过程正在进行（开关下方会显示进度条）：请先等它完成。',
      ],
      where: BACKUP,
      check: '开关已打开，并且下方出现“立即备份”。',
      ios: [{ instructions: TURN_ON_OLD }, { instructions: TURN_ON_OLD, where: BACKUP_10_2 }],
    },
    'icloud-backup-conditions': {
      title: '满足自动备份所需的条件',
      instructions: [
        '只有当 {device} 接入电源、连接无线局域网并且处于锁定状态时，每日的 iCloud 云备份才会进行。',
        '晚上将它接入电源并连接无线局域网，保持屏幕锁定。',
      ],
      where: BACKUP,
      check: '第二天早上，上次成功备份的时间显示为前一天晚上。',
      ios: [{ where: BACKUP_10_2 }],
    },
    'network-wifi-check': {
      title: '使用能正常上网的无线局域网',
      instructions: [
        '加入你信任的无线局域网，然后在 Safari 浏览器中打开一个网站，确认它能载入。',
        '避免使用需要在登录页面上登录的网络（如酒店、火车上的网络），并在备份期间关闭所有 VPN。',
        '如果你的 {device} 支持 5G，在运营商允许的地区，“使用蜂窝网络备份”（位于 iCloud 云备份设置中）可以在没有无线局域网的情况下进行备份。这会使用蜂窝数据。',
      ],
      where: '设置 > 无线局域网',
      check: '在同一网络下，Safari 浏览器能载入网站。',
      ios: [
        {
          instructions: [
            '加入你信任的无线局域网，然后在 Safari 浏览器中打开一个网站，确认它能载入。',
            '避免使用需要在登录页面上登录的网络（如酒店、火车上的网络），并在备份期间关闭所有 VPN。',
          ],
        },
      ],
    },
    'icloud-check-backup-size': {
      title: '比较下次备份的大小与 iCloud 可用空间',
      instructions: [
        '打开“备份”，然后轻点此 {device}。',
        '等待“下次备份大小”出现，然后将它与 iCloud 顶部显示的可用空间进行比较。',
      ],
      where: `${STORAGE_16} > 备份`,
      check: '你知道还缺多少空间（或者空间已经足够）。',
      ios: [
        { where: `${STORAGE_11} > 备份` },
        { instructions: SIZE_OLD, where: STORAGE_10_3 },
        { instructions: SIZE_OLD, where: STORAGE_10_2 },
      ],
    },
    'icloud-trim-backup': {
      title: '不备份大型 App',
      instructions: [
        '在此 {device} 的备份中，关闭你不需要备份其数据的 App（例如本来就把数据保存在网上的 App）。',
        'iCloud 已经保存的内容（例如 iCloud 照片、iCloud 云盘和邮件）从来不在备份中：在这里关闭它们并不能节省空间。',
      ],
      where: `${STORAGE_16} > 备份 >［此 {device}］`,
      check: '“下次备份大小”现在小于你的 iCloud 可用空间。',
      caution:
        '关闭某个 App 会从 iCloud 云备份中删除该 App 的数据。数据仍保留在 {device} 上，如果你重新打开该 App，它的数据会再次被备份。',
      ios: [
        { where: `${STORAGE_11} > 备份 >［此 {device}］` },
        { where: `${STORAGE_10_3} >［此 {device}］` },
        { where: `${STORAGE_10_2} >［此 {device}］` },
      ],
    },
    'icloud-upgrade-storage': {
      title: '获取更多 iCloud 储存空间',
      instructions: [
        '如果不备份某些 App 仍然不够，请选择更大的 iCloud+ 方案（免费方案有 5 GB）。你现有的所有内容都会保留。',
        '要换新 {device}？“为新 {device} 做准备”（位于“传输或还原 {device}”中）可免费借给你足以完整备份的 iCloud 储存空间，保留 21 天。',
      ],
      where: `${STORAGE_16} > 更改储存空间方案`,
      check: 'iCloud 顶部显示的总容量为新方案的容量。',
      ios: [
        { where: `${STORAGE_11} > 更改储存空间方案` },
        { instructions: UPGRADE_BEFORE_15, where: `${STORAGE_11} > 更改储存空间方案` },
        {
          instructions: UPGRADE_BEFORE_15,
          where: `${ICLOUD} > iCloud 储存空间 > 更改储存空间方案`,
        },
        { instructions: UPGRADE_BEFORE_15, where: '设置 > iCloud > 储存空间 > 更改储存空间方案' },
      ],
    },
    'icloud-free-space': {
      title: '腾出 iCloud 空间',
      instructions: [
        '查看哪些内容占用了你的 iCloud 储存空间，删除不再需要的内容：iCloud 云盘中的大文件、旧的邮件附件，或已在别处保存的照片。',
        '你不再拥有的设备的备份也会占用空间。只有在确定永远不会用某个备份进行恢复时，才删除它。',
      ],
      where: STORAGE_16,
      check: 'iCloud 顶部显示的可用空间大于“下次备份大小”。',
      caution:
        '从 iCloud 中删除的内容，也会从所有登录了该账户的设备上消失。删除的备份无法找回：如果某台设备可能仍需要用备份进行恢复，切勿删除它的备份。',
      ios: [{ where: STORAGE_11 }, { where: STORAGE_10_3 }, { where: STORAGE_10_2 }],
    },
    'icloud-replace-damaged-backup': {
      title: '用新的 iCloud 云备份替换已损坏的备份',
      instructions: [
        '此 {device} 的加密电脑备份完成后，打开“备份”，轻点此 {device}，然后删除它的备份。',
        '删除备份也会关闭 iCloud 云备份：请在“iCloud 云备份”中重新打开“备份此 {device}”。',
        REPLACE_FRESH,
      ],
      where: `${STORAGE_16} > 备份 >［此 {device}］`,
      check: '新的 iCloud 云备份完成，并显示今天的日期。',
      caution:
        '删除 iCloud 云备份后无法撤销。请只在此 {device} 到电脑的加密备份完成后再删除（未加密的备份不包含密码和健康数据）；如果你可能仍需要用这个 iCloud 云备份进行恢复，切勿删除。',
      ios: [
        {
          instructions: [
            '此 {device} 的加密电脑备份完成后，打开“备份”，轻点此 {device}，然后删除它的备份。',
            '删除备份也会关闭 iCloud 云备份：请在“iCloud 云备份”中重新打开它。',
            REPLACE_FRESH,
          ],
          where: `${STORAGE_11} > 备份 >［此 {device}］`,
        },
        {
          instructions: [
            '此 {device} 的加密电脑备份完成后，在“备份”下轻点此 {device}，然后删除它的备份。',
            '删除备份也会关闭 iCloud 云备份：请在“iCloud 云备份”中重新打开它。',
            REPLACE_FRESH,
          ],
          where: `${STORAGE_10_3} >［此 {device}］`,
        },
        {
          instructions: [
            '此 {device} 的加密电脑备份完成后，在“备份”下轻点此 {device}，然后删除它的备份。',
            '删除备份也会关闭 iCloud 云备份：请在“设置”>“iCloud”>“备份”中重新打开它。',
            REPLACE_FRESH,
          ],
          where: `${STORAGE_10_2} >［此 {device}］`,
        },
      ],
    },
    'icloud-back-up-now': {
      title: '立即备份到 iCloud',
      instructions: ['保持连接无线局域网，轻点“立即备份”，并让 {device} 保持连接，直到备份完成。'],
      where: `${BACKUP} > 立即备份`,
      check: '按钮下方显示的上次成功备份时间为当前时间。',
      ios: [{ where: `${BACKUP_10_2} > 立即备份` }],
    },
    'connection-unlock-trust': {
      title: '解锁 {device} 并信任这台电脑',
      instructions: [
        CONNECT,
        TRUST,
        '如果电脑也提出询问，请点按“信任”（访达、Apple 设备）或“继续”（iTunes）。',
      ],
      where: '在 {device} 上：“要信任此电脑吗？”提示；然后在电脑上',
      check: '{device} 出现在访达（Mac）中，或者出现在“Apple 设备”或 iTunes（Windows）中。',
      computer: {
        'mac-finder': {
          instructions: [CONNECT, TRUST, '如果访达询问是否信任此 {device}，请点按“信任”。'],
          check: '{device} 出现在访达边栏的“位置”下。',
        },
        'mac-itunes': {
          instructions: [
            CONNECT,
            TRUST,
            '如果 iTunes 询问是否允许这台电脑访问此 {device}，请点按“继续”。',
          ],
          check: 'iTunes 左上方附近出现 {device} 按钮。',
        },
        windows: {
          instructions: [
            CONNECT,
            TRUST,
            '如果“Apple 设备”也提出询问，请点按“信任”；如果 iTunes 询问是否允许访问，请点按“继续”。',
          ],
          check: '{device} 出现在“Apple 设备”的边栏中，或者以按钮形式出现在 iTunes 中。',
        },
      },
    },
    'connection-cable-port': {
      title: '换一根线缆和 USB 端口试试',
      instructions: [
        '将线缆直接插入电脑，不要插入集线器或键盘。',
        '换一个 USB 端口试试；如果有的话，再换一根 Apple 线缆或经过认证的线缆。',
      ],
      where: '线缆和电脑的 USB 端口',
      check: '在整个备份过程中，{device} 都保持连接。',
      computer: { 'mac-finder': {}, 'mac-itunes': {}, windows: {} },
    },
    'restart-computer': {
      title: '重新启动电脑',
      instructions: ['存储你的工作，重新启动电脑，然后再次连接 {device}。'],
      where: '电脑的重新启动命令',
      check: '重新启动后，{device} 可以连接，并且备份开始进行。',
      computer: {
        'mac-finder': { where: '苹果菜单 > 重新启动' },
        'mac-itunes': { where: '苹果菜单 > 重新启动' },
        windows: { where: '开始 > 电源 > 重启' },
      },
    },
    'update-computer': {
      title: '更新电脑及其备份 App',
      instructions: ['为电脑以及用于备份 {device} 的 App 安装最新的更新。'],
      where: '电脑的软件更新设置',
      check: '没有等待安装的更新，并且 App 能识别 {device}。',
      computer: {
        'mac-finder': {
          instructions: ['安装显示的所有 macOS 更新。访达会随 macOS 一起更新。'],
          where:
            '苹果菜单 > 系统设置 > 通用 > 软件更新（macOS 12 或更早版本：系统偏好设置 > 软件更新）',
        },
        'mac-itunes': {
          instructions: ['安装显示的所有 macOS 和 iTunes 更新。'],
          where: '苹果菜单 > 系统偏好设置 > 软件更新（macOS 10.13 或更早版本：App Store > 更新）',
        },
        windows: {
          instructions: [
            '运行 Windows 更新，并安装它提供的更新。',
            '在 Microsoft Store 的“库”中点按“获取更新”，以更新“Apple 设备”（或 Microsoft Store 版 iTunes）。从 Apple 网站下载的 iTunes 通过“帮助”>“检查更新”进行更新。',
          ],
          where:
            'Windows 11：开始 > 设置 > Windows 更新；Windows 10：开始 > 设置 > 更新和安全 > Windows 更新',
        },
      },
    },
    'computer-free-space': {
      title: '释放电脑上的空间',
      instructions: [
        '备份到电脑所需的可用空间，大约与 {device} 已使用的空间相当。',
        '清倒废纸篓或回收站，并将你自己的大型视频或下载内容移到另一个磁盘上。',
      ],
      where: '电脑的储存空间设置',
      check: '电脑上的可用空间大于 {device} 上已使用的空间。',
      computer: {
        'mac-finder': {
          where:
            '苹果菜单 > 系统设置 > 通用 > 储存空间（macOS 12 或更早版本：苹果菜单 > 关于本机 > 储存空间）',
        },
        'mac-itunes': { where: '苹果菜单 > 关于本机 > 储存空间' },
        windows: { where: '开始 > 设置 > 系统 > 存储' },
      },
    },
    'computer-remove-old-backups': {
      title: '删除不再需要的旧备份',
      instructions: [
        '打开备份列表，找到你不再使用的设备的备份。',
        '如果想保留某个备份，请先将它的整个文件夹拷贝到另一个磁盘，并让副本保持原样。',
        '然后选择该备份，并点按“删除备份”。',
      ],
      where: BACKUP_LIST.any,
      check: '主磁盘的可用空间增加了，并且你要保留的备份都已拷贝到另一个磁盘。',
      caution: `删除的备份无法找回。只删除你永远不会用来恢复的备份，除非你已事先拷贝。${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'security-software-check': {
      title: '检查电脑上的安全软件',
      instructions: [
        '更新你的杀毒软件或防火墙 App，或者在备份期间暂停它。',
        '如果它有被阻止的 App 或设备列表，请允许 Apple 的备份 App。',
      ],
      where: '你的杀毒软件或防火墙 App 的设置',
      check: '在安全 App 已更新或已暂停的情况下，备份成功完成。',
      caution: '备份完成后，请立即重新打开防护。',
      computer: {
        'mac-finder': { where: '你的安全 App 的设置（访达需要通过 USB 访问 {device}）' },
        'mac-itunes': { where: '你的安全 App 的设置（iTunes 需要通过 USB 访问 {device}）' },
        windows: {
          where:
            'Windows 11：开始 > 设置 > 隐私和安全性 > Windows 安全中心；Windows 10：开始 > 设置 > 更新和安全 > Windows 安全中心；以及其他任何杀毒 App（允许“Apple 设备”或 iTunes）',
        },
      },
    },
    'encrypt-local-backup': {
      title: '在电脑上创建加密备份',
      instructions: [
        '在用于备份 {device} 的 App 中选择该设备，然后打开“加密本地备份”。',
        '设置一个你会记住的密码，然后点按“立即备份”，等待备份完成。',
        '只有加密备份才会保存已存储的密码、无线局域网设置、健康数据和通话记录。',
      ],
      where: ON_COMPUTER,
      check: '备份显示当前时间，并且在备份列表中，它旁边有一个锁形图标。',
      caution: '没有密码就无法使用加密备份：请把密码记下来。',
      computer: {
        'mac-finder': { where: '访达 > 边栏中的［{device}］> 通用 > 加密本地备份' },
        'mac-itunes': { where: 'iTunes >［{device} 按钮］> 摘要 > 加密本地备份' },
        windows: {
          where: 'Apple 设备 >［{device}］> 通用 > 加密本地备份（iTunes：［{device} 按钮］> 摘要）',
        },
      },
    },
    'computer-replace-damaged-backup': {
      title: '用新备份替换已损坏的备份',
      instructions: [
        '退出备份 App。如果你可能仍需要已损坏的备份，请将它的整个文件夹拷贝到另一个磁盘，并让副本保持原样。',
        '打开备份列表，选择此 {device} 的备份，然后点按“删除备份”。',
        '再次备份；系统会创建一个新的完整备份。',
      ],
      where: BACKUP_LIST.any,
      check: '新备份完成，并且备份列表中显示它带有今天的日期。',
      caution: `删除备份后无法撤销：如果你可能仍需要用某个备份进行恢复，请先拷贝它，切勿直接删除。${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'reset-trust-settings': {
      title: '还原 {device} 的信任设置',
      instructions: [
        '选择“还原”，然后选择“还原位置与隐私”，并输入你的密码。',
        '再次连接电脑，并在出现询问时轻点“信任”。',
      ],
      where: '设置 > 通用 > 传输或还原 {device} > 还原 > 还原位置与隐私',
      check: '出现“要信任此电脑吗？”提示，并且电脑能识别 {device}。',
      caution: 'App 会再次请求使用你的位置、相机及其他数据的权限，而且每台电脑都需要重新信任。',
      ios: [{ where: '设置 > 通用 > 还原 > 还原位置与隐私' }],
    },
    'computer-back-up-now': {
      title: '立即备份到电脑',
      instructions: [
        '在用于备份 {device} 的 App 中选择该设备，然后选择将其所有数据备份到这台电脑。',
        '打开“加密本地备份”（并记住密码）：只有这样，备份才会包含已存储的密码、无线局域网设置、健康数据和通话记录。',
        '点按“立即备份”，并让 {device} 保持连接和解锁状态，直到备份完成。',
      ],
      where: ON_COMPUTER,
      check: '最近一次备份到这台电脑的时间显示为当前时间。',
      computer: {
        'mac-finder': { where: '访达 > 边栏中的［{device}］> 通用 > 立即备份' },
        'mac-itunes': { where: 'iTunes >［{device} 按钮］> 摘要 > 立即备份' },
        windows: {
          where:
            'Apple 设备 >［{device}］> 通用 > 立即备份（iTunes：［{device} 按钮］> 摘要 > 立即备份）',
        },
      },
    },
  },
  unsure: [
    {
      label: '管理账户储存空间',
      note: 'iOS 16+ label for Manage Account Storage; Apple China writes 储存空间, but the exact wording of this row (账户 vs 帐户) is not verified.',
    },
    {
      label: '为新 {device} 做准备',
      note: 'Prepare for New iPhone (iOS 15+, in Transfer or Reset): wording not verified in zh-CN iOS.',
    },
    {
      label: '使用蜂窝网络备份',
      note: 'Back Up Over Cellular (iOS 15+, 5G models): label not verified in zh-CN iOS.',
    },
    {
      label: '账户更改',
      note: 'Screen Time > Content & Privacy Restrictions > Account Changes: may read 帐户更改 on some iOS versions.',
    },
    {
      label: '允许更改',
      note: 'Restrictions > Accounts > Allow Changes on iOS 10 and earlier: not verified.',
    },
    {
      label: '储存空间与 iCloud 用量',
      note: 'Storage & iCloud Usage (iOS 10 and earlier): wording not verified.',
    },
    {
      label: '注销',
      note: 'Sign Out under Settings > iCloud on iOS 10.2 and earlier: believed to be 注销, not verified.',
    },
    {
      label: 'iCloud 账户和登录',
      note: 'The name of the iCloud Account & Sign In service on Apple’s Chinese System Status page is not verified.',
    },
    {
      label: '获取更新',
      note: 'Microsoft Store Library > Get updates in Chinese (Simplified) Windows: not verified.',
    },
  ],
};
