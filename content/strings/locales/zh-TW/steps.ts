import type { StepCatalog } from '../../catalog';

/** Settings > [your name] > iCloud, as Apple Taiwan writes it. */
const ICLOUD = '設定 >［你的名稱］> iCloud';

/** Where iCloud's storage list is, per iOS version (as content/steps/icloud-steps.ts). */
const STORAGE_16 = `${ICLOUD} > 管理帳號儲存空間`;
const STORAGE_11 = `${ICLOUD} > 管理儲存空間`;
const STORAGE_10_3 = `${ICLOUD} > iCloud 儲存空間 > 管理儲存空間`;
const STORAGE_10_2 = '設定 > iCloud > 儲存空間 > 管理儲存空間';

/** The backup switch: under [your name] from iOS 10.3, under Settings > iCloud before. */
const BACKUP = `${ICLOUD} > iCloud 備份`;
const BACKUP_10_2 = '設定 > iCloud > 備份';

const TURN_ON_OLD = [
  '開啟「iCloud 備份」。',
  '如果開關呈灰色，可能仍有回復作業正在進行：請先等它完成。',
];

const SIZE_OLD = [
  '在「備份」下方，點一下這部 {device}。',
  '等待「下次備份大小」出現，然後將它與 iCloud 中的可用空間比較。',
];

const UPGRADE_BEFORE_15 = [
  '如果不備份某些 App 仍然不夠，請選擇更大的 iCloud 儲存空間方案（免費方案有 5 GB）。你現有的所有內容都會保留。',
];

const REPLACE_FRESH = '然後點一下那裡的「立即備份」；系統會製作一份新的完整備份。';

const SYSTEM_STATUS = 'Apple 系統狀態網頁（apple.com/support/systemstatus）';

/** Where each app lists its backups, and the folder that holds them. */
const BACKUP_LIST = {
  any: 'Finder（Mac）或是「Apple 裝置」或 iTunes（Windows）中的備份列表',
  finder:
    'Finder > 側邊欄中的［{device}］> 一般 > 管理備份（檔案夾：~/Library/Application Support/MobileSync/Backup/）',
  itunes: 'iTunes > 偏好設定 > 裝置（檔案夾：~/Library/Application Support/MobileSync/Backup/）',
  windows:
    'Apple 裝置 >［{device}］> 一般 > 管理備份，或 iTunes > 編輯 > 偏好設定 > 裝置（檔案夾：「Apple 裝置」或 Microsoft Store 版 iTunes 為 %USERPROFILE%\\Apple\\MobileSync\\Backup\\，從 Apple 網站下載的 iTunes 為 %APPDATA%\\Apple Computer\\MobileSync\\Backup\\）',
} as const;

const IN_BACKUP_LIST = {
  'mac-finder': { where: BACKUP_LIST.finder },
  'mac-itunes': { where: BACKUP_LIST.itunes },
  windows: { where: BACKUP_LIST.windows },
};

const COPY_NEVER_MOVE = '只能拷貝，絕不要搬移：副本必須原封不動地拷貝回備份檔案夾，才能用來回復。';

const ON_COMPUTER = 'Finder（Mac）或是「Apple 裝置」或 iTunes（Windows）';

const CONNECT = '連接 {device}，將它解鎖，並停留在主畫面。';
const TRUST = '出現「要信任這部電腦嗎？」時，點一下「信任」並輸入你的密碼。';

/** Traditional Chinese (Taiwan): the fix steps, in the shape of their English text (stepWords). */
export const STEPS: StepCatalog = {
  steps: {
    'check-apple-status': {
      title: '檢查 Apple 的 iCloud 備份服務是否正常運作',
      instructions: [
        '打開 Apple 的系統狀態網頁，找到「iCloud 備份」和「iCloud 帳號與登入」。',
        '如果其中任何一項顯示問題或中斷，表示問題出在 Apple 端：請稍後再試。',
      ],
      where: SYSTEM_STATUS,
      check: '兩項服務都顯示為可使用。',
    },
    'wait-for-apple': {
      title: '等待 Apple 修正，然後再試一次',
      instructions: [
        'Apple 的服務發生問題時，你的 {device} 上不需要變更任何設定。',
        '讓 iCloud 備份保持開啟；自動備份會自行重試。',
        '等系統狀態網頁顯示 iCloud 備份可使用後，再備份一次。',
      ],
      where: SYSTEM_STATUS,
      check: 'iCloud 備份顯示為可使用，而且備份順利完成。',
    },
    'restart-device': {
      title: '重新啟動 {device}',
      instructions: [
        '點一下「關機」並拖移滑桿，或按住側邊按鈕或頂端按鈕（如果你的 {device} 沒有主畫面按鈕，請同時按住任一個音量按鈕），直到出現滑桿。',
        '等待 30 秒，然後按住側邊按鈕或頂端按鈕，直到出現 Apple 標誌。',
        '裝置啟動後先解鎖一次，然後再試一次備份。',
      ],
      where: '設定 > 一般 > 關機',
      check: '重新啟動後，備份開始進行，而且沒有因相同的訊息而停止。',
      ios: [
        {
          instructions: [
            '按住睡眠/喚醒按鈕（頂端或側邊），直到出現滑桿，然後拖移滑桿。',
            '等待 30 秒，然後按住睡眠/喚醒按鈕，直到出現 Apple 標誌。',
            '裝置啟動後先解鎖一次，然後再試一次備份。',
          ],
          where: '頂端或側邊的睡眠/喚醒按鈕',
        },
      ],
    },
    'device-free-space': {
      title: '釋放 {device} 上的空間',
      instructions: [
        '打開「{device} 儲存空間」，等待列表載入。',
        '依照其中的建議操作，例如卸載不常用的 App：卸載 App 會保留其文件和資料。',
        '刪除不再需要的大型影片或下載項目。',
      ],
      where: '設定 > 一般 > {device} 儲存空間',
      check: '頂端的長條圖顯示至少有幾 GB 的可用空間。',
      caution:
        '刪除的內容會從 {device} 上移除：對於可能還需要的影片或檔案，請先保留一份副本。卸載 App 會保留其資料。',
      ios: [
        {
          instructions: [
            '打開「儲存空間」下方（不是「iCloud」下方）的「管理儲存空間」，等待列表載入。',
            '點一下不再使用的 App 並將其刪除，或刪除不再需要的大型影片或下載項目。',
          ],
          where: '設定 > 一般 > 儲存空間與 iCloud 用量 > 管理儲存空間',
          caution:
            '刪除的內容會從 {device} 上移除：對於可能還需要的影片或檔案，請先保留一份副本。刪除 App 也會刪除其資料。',
        },
      ],
    },
    'update-ios': {
      title: '更新 {device} 的軟體',
      instructions: ['連接 Wi-Fi 和電源。', '安裝顯示的所有更新項目，然後讓 {device} 重新啟動。'],
      where: '設定 > 一般 > 軟體更新',
      check: '「軟體更新」顯示沒有等待安裝的更新項目。',
    },
    'account-check-signin': {
      title: '檢查你是否已登入 Apple 帳號',
      instructions: [
        '打開「設定」，然後點一下最上方你的名稱。',
        '如果有訊息要求你重新登入、驗證電子郵件地址或同意新的條款，請依照指示操作。',
        '出現提示時，輸入你的 Apple 帳號密碼。',
      ],
      where: '設定 >［你的名稱］',
      check: '你的名稱旁沒有紅色標記或登入訊息，而且可以打開 iCloud。',
      ios: [
        {
          instructions: [
            '打開「設定」，然後點一下「iCloud」。',
            '如果有訊息要求你重新登入、驗證電子郵件地址或同意新的條款，請依照指示操作。',
            '出現提示時，輸入你的 Apple ID 密碼。',
          ],
          where: '設定 > iCloud',
          check: '你的帳號正常顯示，沒有登入訊息。',
        },
      ],
    },
    'account-sign-out-in': {
      title: '登出 iCloud 再重新登入',
      instructions: [
        '點一下「登出」，然後輸入你的 Apple 帳號密碼以關閉「尋找」。',
        '選擇要在這部 {device} 上保留副本的資料（例如聯絡人和行事曆），然後登出。',
        '重新啟動 {device}，然後使用同一個 Apple 帳號重新登入。',
      ],
      where: '設定 >［你的名稱］> 登出',
      check: '登入後，iCloud 備份已開啟，而且備份順利完成。',
      caution:
        '登出後，只儲存在 iCloud 中的內容（例如「iCloud 照片」和「iCloud 雲碟」檔案）以及你沒有保留副本的資料，都會從這部 {device} 上移除。這些內容仍保留在 iCloud 中，重新登入後就會回來。你需要 Apple 帳號密碼。',
      ios: [
        {
          instructions: [
            '點一下「登出」，然後輸入你的 Apple ID 密碼以關閉「尋找我的 {device}」。',
            '選擇要在這部 {device} 上保留的資料（例如聯絡人和行事曆），然後登出。',
            '重新啟動 {device}，然後使用同一個 Apple ID 重新登入。',
          ],
          where: '設定 > iCloud > 登出',
          caution:
            '登出後，只儲存在 iCloud 中的內容（例如「iCloud 照片圖庫」和「iCloud 雲碟」檔案）以及你沒有保留的資料，都會從這部 {device} 上移除。這些內容仍保留在 iCloud 中，重新登入後就會回來。你需要 Apple ID 密碼。',
        },
      ],
    },
    'check-screen-time': {
      title: '在「螢幕使用時間」中允許帳號更動',
      instructions: [
        '打開「內容與隱私權限制」。',
        '在「帳號更動」下方，選擇「允許」（可能需要輸入螢幕使用時間密碼）。',
      ],
      where: '設定 > 螢幕使用時間 > 內容與隱私權限制 > 帳號更動',
      check: 'iCloud 備份開關不再呈灰色。',
      ios: [
        {
          instructions: [
            '打開「內容與隱私權限制」（iOS 11：「取用限制」）。',
            '在「帳號更動」（「帳號」）下方，選擇「允許」（可能需要輸入密碼）。',
          ],
          where:
            '設定 > 螢幕使用時間 > 內容與隱私權限制 > 帳號更動（iOS 11：設定 > 一般 > 取用限制 > 帳號）',
        },
        {
          instructions: [
            '打開「取用限制」，然後輸入取用限制密碼。',
            '在「帳號」下方，選擇「允許更動」。',
          ],
          where: '設定 > 一般 > 取用限制 > 帳號',
        },
      ],
    },
    'check-profiles': {
      title: '檢查是否有阻擋備份的工作或學校描述檔',
      instructions: [
        '查看是否有來自學校或雇主的設定描述檔或裝置管理。',
        '如果有，請詢問管理者它是否關閉了 iCloud 備份。',
      ],
      where: '設定 > 一般 > VPN 與裝置管理',
      check: '沒有描述檔限制備份，或是機構已允許備份。',
      caution: '未經管理員同意，請勿移除工作或學校描述檔。',
      ios: [{ where: '設定 > 一般 > 描述檔（或「描述檔與裝置管理」）' }],
    },
    'reset-network-settings': {
      title: '重置網路設定',
      instructions: [
        '選擇「重置」，然後選擇「重置網路設定」，並輸入你的密碼。',
        '{device} 重新啟動後，重新加入你的 Wi-Fi 網路，然後試著備份。',
      ],
      where: '設定 > 一般 > 移轉或重置 {device} > 重置 > 重置網路設定',
      check: '{device} 重新連上 Wi-Fi，而且備份順利完成。',
      caution:
        '這會清除所有已儲存的 Wi-Fi 網路及其密碼、VPN 和行動網路設定，以及這部 {device} 曾經信任的電腦。請準備好你的 Wi-Fi 密碼。你的資料不受影響。',
      ios: [{ where: '設定 > 一般 > 重置 > 重置網路設定' }],
    },
    'icloud-turn-on-backup': {
      title: '開啟 iCloud 備份',
      instructions: [
        '開啟「備份此 {device}」。',
        '如果開關呈灰色，可能仍有回復作業正在進行（開關下方會顯示進度列）：請先等它完成。',
      ],
      where: BACKUP,
      check: '開關已開啟，而且下方出現「立即備份」。',
      ios: [{ instructions: TURN_ON_OLD }, { instructions: TURN_ON_OLD, where: BACKUP_10_2 }],
    },
    'icloud-backup-conditions': {
      title: '滿足自動備份所需的條件',
      instructions: [
        '只有在 {device} 接上電源、連上 Wi-Fi 而且已鎖定時，每日的 iCloud 備份才會進行。',
        '晚上讓它接上電源並連上 Wi-Fi，保持螢幕鎖定。',
      ],
      where: BACKUP,
      check: '隔天早上，上次成功備份的時間顯示為前一晚。',
      ios: [{ where: BACKUP_10_2 }],
    },
    'network-wifi-check': {
      title: '使用可正常上網的 Wi-Fi 網路',
      instructions: [
        '加入你信任的 Wi-Fi 網路，然後在 Safari 中打開一個網站，確認它能載入。',
        '避免使用需要在登入頁面登入的網路（例如飯店、火車上的網路），並在備份期間關閉所有 VPN。',
        '如果你的 {device} 支援 5G，在電信業者允許的地區，「使用行動網路備份」（位於 iCloud 備份設定中）可以不透過 Wi-Fi 進行備份。這會使用行動數據。',
      ],
      where: '設定 > Wi-Fi',
      check: '在同一個網路上，Safari 能載入網站。',
      ios: [
        {
          instructions: [
            '加入你信任的 Wi-Fi 網路，然後在 Safari 中打開一個網站，確認它能載入。',
            '避免使用需要在登入頁面登入的網路（例如飯店、火車上的網路），並在備份期間關閉所有 VPN。',
          ],
        },
      ],
    },
    'icloud-check-backup-size': {
      title: '比較下次備份的大小與 iCloud 可用空間',
      instructions: [
        '打開「備份」，然後點一下這部 {device}。',
        '等待「下次備份大小」出現，然後將它與 iCloud 最上方顯示的可用空間比較。',
      ],
      where: `${STORAGE_16} > 備份`,
      check: '你知道還缺多少空間（或是空間已經足夠）。',
      ios: [
        { where: `${STORAGE_11} > 備份` },
        { instructions: SIZE_OLD, where: STORAGE_10_3 },
        { instructions: SIZE_OLD, where: STORAGE_10_2 },
      ],
    },
    'icloud-trim-backup': {
      title: '不要備份大型 App',
      instructions: [
        '在這部 {device} 的備份中，關閉你不需要備份其資料的 App（例如本來就把資料存放在網路上的 App）。',
        'iCloud 已經保存的內容（例如「iCloud 照片」、「iCloud 雲碟」和「郵件」）從來不在備份中：在這裡關閉它們並不會節省空間。',
      ],
      where: `${STORAGE_16} > 備份 >［這部 {device}］`,
      check: '「下次備份大小」現在小於你的 iCloud 可用空間。',
      caution:
        '關閉某個 App 會從 iCloud 備份中刪除該 App 的資料。資料仍保留在 {device} 上，如果你重新開啟該 App，它的資料會再次備份。',
      ios: [
        { where: `${STORAGE_11} > 備份 >［這部 {device}］` },
        { where: `${STORAGE_10_3} >［這部 {device}］` },
        { where: `${STORAGE_10_2} >［這部 {device}］` },
      ],
    },
    'icloud-upgrade-storage': {
      title: '取得更多 iCloud 儲存空間',
      instructions: [
        '如果不備份某些 App 仍然不夠，請選擇更大的 iCloud+ 方案（免費方案有 5 GB）。你現有的所有內容都會保留。',
        '要換新的 {device}？「準備使用新的 {device}」（位於「移轉或重置 {device}」中）會免費借你足以完整備份的 iCloud 儲存空間，保留 21 天。',
      ],
      where: `${STORAGE_16} > 更改儲存空間方案`,
      check: 'iCloud 最上方顯示的總容量為新方案的容量。',
      ios: [
        { where: `${STORAGE_11} > 更改儲存空間方案` },
        { instructions: UPGRADE_BEFORE_15, where: `${STORAGE_11} > 更改儲存空間方案` },
        {
          instructions: UPGRADE_BEFORE_15,
          where: `${ICLOUD} > iCloud 儲存空間 > 更改儲存空間方案`,
        },
        { instructions: UPGRADE_BEFORE_15, where: '設定 > iCloud > 儲存空間 > 更改儲存空間方案' },
      ],
    },
    'icloud-free-space': {
      title: '騰出 iCloud 空間',
      instructions: [
        '查看哪些內容佔用了你的 iCloud 儲存空間，刪除不再需要的內容：「iCloud 雲碟」中的大型檔案、舊的郵件附件，或已存放在其他地方的照片。',
        '你不再擁有的裝置的備份也會佔用空間。只有在確定永遠不會用某份備份來回復時，才刪除它。',
      ],
      where: STORAGE_16,
      check: 'iCloud 最上方顯示的可用空間大於「下次備份大小」。',
      caution:
        '從 iCloud 刪除的內容，也會從所有登入該帳號的裝置上消失。刪除的備份無法復原：如果某部裝置可能仍需要用備份回復，絕不要刪除它的備份。',
      ios: [{ where: STORAGE_11 }, { where: STORAGE_10_3 }, { where: STORAGE_10_2 }],
    },
    'icloud-replace-damaged-backup': {
      title: '用新的 iCloud 備份取代已損毀的備份',
      instructions: [
        '這部 {device} 的加密電腦備份完成後，打開「備份」，點一下這部 {device}，然後刪除它的備份。',
        '刪除備份也會關閉 iCloud 備份：請在「iCloud 備份」中重新開啟「備份此 {device}」。',
        REPLACE_FRESH,
      ],
      where: `${STORAGE_16} > 備份 >［這部 {device}］`,
      check: '新的 iCloud 備份完成，並顯示今天的日期。',
      caution:
        '刪除 iCloud 備份後無法復原。請只在這部 {device} 到電腦的加密備份完成後再刪除（未加密的備份不包含密碼和「健康」資料）；如果你可能仍需要用這份 iCloud 備份來回復，絕不要刪除。',
      ios: [
        {
          instructions: [
            '這部 {device} 的加密電腦備份完成後，打開「備份」，點一下這部 {device}，然後刪除它的備份。',
            '刪除備份也會關閉 iCloud 備份：請在「iCloud 備份」中重新開啟。',
            REPLACE_FRESH,
          ],
          where: `${STORAGE_11} > 備份 >［這部 {device}］`,
        },
        {
          instructions: [
            '這部 {device} 的加密電腦備份完成後，在「備份」下方點一下這部 {device}，然後刪除它的備份。',
            '刪除備份也會關閉 iCloud 備份：請在「iCloud 備份」中重新開啟。',
            REPLACE_FRESH,
          ],
          where: `${STORAGE_10_3} >［這部 {device}］`,
        },
        {
          instructions: [
            '這部 {device} 的加密電腦備份完成後，在「備份」下方點一下這部 {device}，然後刪除它的備份。',
            '刪除備份也會關閉 iCloud 備份：請在「設定」>「iCloud」>「備份」中重新開啟。',
            REPLACE_FRESH,
          ],
          where: `${STORAGE_10_2} >［這部 {device}］`,
        },
      ],
    },
    'icloud-back-up-now': {
      title: '立即備份到 iCloud',
      instructions: ['保持連上 Wi-Fi，點一下「立即備份」，並讓 {device} 保持連線，直到備份完成。'],
      where: `${BACKUP} > 立即備份`,
      check: '按鈕下方顯示的上次成功備份時間為目前時間。',
      ios: [{ where: `${BACKUP_10_2} > 立即備份` }],
    },
    'connection-unlock-trust': {
      title: '解鎖 {device} 並信任這部電腦',
      instructions: [
        CONNECT,
        TRUST,
        '如果電腦也詢問，請按一下「信任」（Finder、Apple 裝置）或「繼續」（iTunes）。',
      ],
      where: '在 {device} 上：「要信任這部電腦嗎？」提示；然後在電腦上',
      check: '{device} 出現在 Finder（Mac）中，或出現在「Apple 裝置」或 iTunes（Windows）中。',
      computer: {
        'mac-finder': {
          instructions: [
            CONNECT,
            TRUST,
            '如果 Finder 詢問是否要信任這部 {device}，請按一下「信任」。',
          ],
          check: '{device} 出現在 Finder 側邊欄的「位置」下方。',
        },
        'mac-itunes': {
          instructions: [
            CONNECT,
            TRUST,
            '如果 iTunes 詢問是否允許這部電腦取用這部 {device}，請按一下「繼續」。',
          ],
          check: 'iTunes 左上角附近出現 {device} 按鈕。',
        },
        windows: {
          instructions: [
            CONNECT,
            TRUST,
            '如果「Apple 裝置」也詢問，請按一下「信任」；如果 iTunes 詢問是否允許取用，請按一下「繼續」。',
          ],
          check: '{device} 出現在「Apple 裝置」的側邊欄中，或以按鈕形式出現在 iTunes 中。',
        },
      },
    },
    'connection-cable-port': {
      title: '換一條線材和 USB 埠試試',
      instructions: [
        '將線材直接插入電腦，不要插入集線器或鍵盤。',
        '換一個 USB 埠試試；如果有的話，再換一條 Apple 線材或經過認證的線材。',
      ],
      where: '線材和電腦的 USB 埠',
      check: '在整個備份過程中，{device} 都保持連線。',
      computer: { 'mac-finder': {}, 'mac-itunes': {}, windows: {} },
    },
    'restart-computer': {
      title: '重新啟動電腦',
      instructions: ['儲存你的工作，重新啟動電腦，然後再次連接 {device}。'],
      where: '電腦的重新啟動指令',
      check: '重新啟動後，{device} 能連接，而且備份開始進行。',
      computer: {
        'mac-finder': { where: '蘋果選單 > 重新開機' },
        'mac-itunes': { where: '蘋果選單 > 重新開機' },
        windows: { where: '開始 > 電源 > 重新啟動' },
      },
    },
    'update-computer': {
      title: '更新電腦及其備份 App',
      instructions: ['為電腦以及用來備份 {device} 的 App 安裝最新的更新項目。'],
      where: '電腦的軟體更新設定',
      check: '沒有等待安裝的更新項目，而且 App 能辨識 {device}。',
      computer: {
        'mac-finder': {
          instructions: ['安裝顯示的所有 macOS 更新項目。Finder 會隨 macOS 一起更新。'],
          where:
            '蘋果選單 > 系統設定 > 一般 > 軟體更新（macOS 12 或之前版本：系統偏好設定 > 軟體更新）',
        },
        'mac-itunes': {
          instructions: ['安裝顯示的所有 macOS 和 iTunes 更新項目。'],
          where:
            '蘋果選單 > 系統偏好設定 > 軟體更新（macOS 10.13 或之前版本：App Store > 更新項目）',
        },
        windows: {
          instructions: [
            '執行 Windows Update，並安裝它提供的更新。',
            '在 Microsoft Store 的「媒體櫃」中按一下「取得更新」，以更新「Apple 裝置」（或 Microsoft Store 版 iTunes）。從 Apple 網站下載的 iTunes 則透過「說明」>「檢查更新項目」更新。',
          ],
          where:
            'Windows 11：開始 > 設定 > Windows Update；Windows 10：開始 > 設定 > 更新與安全性 > Windows Update',
        },
      },
    },
    'computer-free-space': {
      title: '釋放電腦上的空間',
      instructions: [
        '備份到電腦所需的可用空間，大約與 {device} 已使用的空間相當。',
        '清空垃圾桶或資源回收筒，並將你自己的大型影片或下載項目移到另一個磁碟。',
      ],
      where: '電腦的儲存空間設定',
      check: '電腦上的可用空間大於 {device} 上已使用的空間。',
      computer: {
        'mac-finder': {
          where:
            '蘋果選單 > 系統設定 > 一般 > 儲存空間（macOS 12 或之前版本：蘋果選單 > 關於這台 Mac > 儲存空間）',
        },
        'mac-itunes': { where: '蘋果選單 > 關於這台 Mac > 儲存空間' },
        windows: { where: '開始 > 設定 > 系統 > 儲存體' },
      },
    },
    'computer-remove-old-backups': {
      title: '刪除不再需要的舊備份',
      instructions: [
        '打開備份列表，找到你不再使用的裝置的備份。',
        '如果想保留某份備份，請先將它的整個檔案夾拷貝到另一個磁碟，並讓副本保持原樣。',
        '然後選取該備份，並按一下「刪除備份」。',
      ],
      where: BACKUP_LIST.any,
      check: '主要磁碟的可用空間增加了，而且你要保留的備份都已拷貝到另一個磁碟。',
      caution: `刪除的備份無法復原。只刪除你永遠不會用來回復的備份，除非你已先拷貝。${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'security-software-check': {
      title: '檢查電腦上的安全性軟體',
      instructions: [
        '更新你的防毒或防火牆 App，或在備份期間暫停它。',
        '如果它有封鎖的 App 或裝置列表，請允許 Apple 的備份 App。',
      ],
      where: '你的防毒或防火牆 App 的設定',
      check: '在安全性 App 已更新或暫停的情況下，備份順利完成。',
      caution: '備份完成後，請立即重新開啟防護。',
      computer: {
        'mac-finder': { where: '你的安全性 App 的設定（Finder 需要透過 USB 存取 {device}）' },
        'mac-itunes': { where: '你的安全性 App 的設定（iTunes 需要透過 USB 存取 {device}）' },
        windows: {
          where:
            'Windows 11：開始 > 設定 > 隱私權與安全性 > Windows 安全性；Windows 10：開始 > 設定 > 更新與安全性 > Windows 安全性；以及其他任何防毒 App（允許「Apple 裝置」或 iTunes）',
        },
      },
    },
    'encrypt-local-backup': {
      title: '在電腦上製作加密備份',
      instructions: [
        '在用來備份 {device} 的 App 中選取該裝置，然後開啟「加密本機備份」。',
        '設定一個你會記住的密碼，然後按一下「立即備份」，等待備份完成。',
        '只有加密備份才會保存已儲存的密碼、Wi-Fi 設定、「健康」資料和通話記錄。',
      ],
      where: ON_COMPUTER,
      check: '備份顯示目前的時間，而且在備份列表中，它旁邊有鎖頭圖像。',
      caution: '沒有密碼就無法使用加密備份：請把密碼記下來。',
      computer: {
        'mac-finder': { where: 'Finder > 側邊欄中的［{device}］> 一般 > 加密本機備份' },
        'mac-itunes': { where: 'iTunes >［{device} 按鈕］> 摘要 > 加密本機備份' },
        windows: {
          where: 'Apple 裝置 >［{device}］> 一般 > 加密本機備份（iTunes：［{device} 按鈕］> 摘要）',
        },
      },
    },
    'computer-replace-damaged-backup': {
      title: '用新備份取代已損毀的備份',
      instructions: [
        '結束備份 App。如果你可能仍需要已損毀的備份，請將它的整個檔案夾拷貝到另一個磁碟，並讓副本保持原樣。',
        '打開備份列表，選取這部 {device} 的備份，然後按一下「刪除備份」。',
        '再備份一次；系統會製作一份新的完整備份。',
      ],
      where: BACKUP_LIST.any,
      check: '新備份完成，而且備份列表中顯示它的日期為今天。',
      caution: `刪除備份後無法復原：如果你可能仍需要用某份備份來回復，請先拷貝，絕不要直接刪除。${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'reset-trust-settings': {
      title: '重置 {device} 的信任設定',
      instructions: [
        '選擇「重置」，然後選擇「重置定位與隱私權」，並輸入你的密碼。',
        '再次連接電腦，並在出現詢問時點一下「信任」。',
      ],
      where: '設定 > 一般 > 移轉或重置 {device} > 重置 > 重置定位與隱私權',
      check: '出現「要信任這部電腦嗎？」提示，而且電腦能辨識 {device}。',
      caution: 'App 會再次要求使用你的位置、相機和其他資料的權限，而且每部電腦都必須重新信任。',
      ios: [{ where: '設定 > 一般 > 重置 > 重置定位與隱私權' }],
    },
    'computer-back-up-now': {
      title: '立即備份到電腦',
      instructions: [
        '在用來備份 {device} 的 App 中選取該裝置，然後選擇將其所有資料備份到這部電腦。',
        '開啟「加密本機備份」（並記住密碼）：只有這樣，備份才會包含已儲存的密碼、Wi-Fi 設定、「健康」資料和通話記錄。',
        '按一下「立即備份」，並讓 {device} 保持連線和解鎖，直到備份完成。',
      ],
      where: ON_COMPUTER,
      check: '最近一次備份到這部電腦的時間顯示為目前時間。',
      computer: {
        'mac-finder': { where: 'Finder > 側邊欄中的［{device}］> 一般 > 立即備份' },
        'mac-itunes': { where: 'iTunes >［{device} 按鈕］> 摘要 > 立即備份' },
        windows: {
          where:
            'Apple 裝置 >［{device}］> 一般 > 立即備份（iTunes：［{device} 按鈕］> 摘要 > 立即備份）',
        },
      },
    },
  },
  unsure: [
    {
      label: '管理帳號儲存空間',
      note: 'iOS 16+ label for Manage Account Storage in Taiwan Chinese: not verified.',
    },
    {
      label: '準備使用新的 {device}',
      note: 'Prepare for New iPhone (iOS 15+, in Transfer or Reset): Taiwan wording not verified.',
    },
    {
      label: '移轉或重置 {device}',
      note: 'Transfer or Reset iPhone (iOS 15+): believed to be 移轉或重置, not verified.',
    },
    {
      label: '使用行動網路備份',
      note: 'Back Up Over Cellular (iOS 15+, 5G models): label not verified in zh-TW iOS.',
    },
    {
      label: '帳號更動',
      note: 'Screen Time > Content & Privacy Restrictions > Account Changes: may read 帳號變更.',
    },
    {
      label: '允許更動',
      note: 'Restrictions > Accounts > Allow Changes on iOS 10 and earlier: not verified.',
    },
    {
      label: '儲存空間與 iCloud 用量',
      note: 'Storage & iCloud Usage (iOS 10 and earlier): wording not verified.',
    },
    {
      label: 'iCloud 帳號與登入',
      note: 'The name of the iCloud Account & Sign In service on Apple’s Taiwan System Status page is not verified.',
    },
    {
      label: '檢查更新項目',
      note: 'iTunes for Windows Help > Check for Updates in Traditional Chinese: not verified.',
    },
    {
      label: '取得更新',
      note: 'Microsoft Store Library > Get updates in Chinese (Traditional, Taiwan) Windows: not verified.',
    },
  ],
};
