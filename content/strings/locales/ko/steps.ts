import type { StepCatalog } from '../../catalog';

/*
 * Korean particles change with the sound before them (iPhone을, iPad를), so `{device}` is only
 * followed by 의, 에, 에서 or a noun; a particle after a quoted label fits that label.
 */

/** Where iCloud's storage list is, per iOS version (as content/steps/icloud-steps.ts). */
const STORAGE_16 = '설정 > [사용자 이름] > iCloud > 계정 저장 공간 관리';
const STORAGE_11 = '설정 > [사용자 이름] > iCloud > 저장 공간 관리';
const STORAGE_10_3 = '설정 > [사용자 이름] > iCloud > iCloud 저장 공간 > 저장 공간 관리';
const STORAGE_10_2 = '설정 > iCloud > 저장 공간 > 저장 공간 관리';

/** The backup switch: under [your name] from iOS 10.3, under Settings > iCloud before. */
const BACKUP = '설정 > [사용자 이름] > iCloud > iCloud 백업';
const BACKUP_10_2 = '설정 > iCloud > 백업';

const TURN_ON_OLD = [
  '‘iCloud 백업’을 켭니다.',
  '스위치가 회색으로 비활성화되어 있으면 복원이 아직 진행 중일 수 있습니다. 복원이 끝날 때까지 기다리세요.',
];

const SIZE_OLD = [
  '‘백업’ 아래에서 이 {device} 항목을 탭합니다.',
  '‘다음 백업 크기’가 나타날 때까지 기다린 다음 iCloud의 여유 공간과 비교합니다.',
];

const UPGRADE_BEFORE_15 = [
  '앱을 제외해도 부족하다면 더 큰 iCloud 저장 공간 요금제를 선택합니다(무료 요금제는 5GB). 기존 데이터는 모두 그대로 유지됩니다.',
];

const WIFI = [
  '신뢰할 수 있는 Wi-Fi 네트워크에 연결하고 Safari에서 웹 사이트를 열어 제대로 로드되는지 확인합니다.',
  '로그인 페이지가 있는 네트워크(호텔, 기차 등)는 피하고, 백업하는 동안에는 VPN을 끕니다.',
];

const REPLACE_ICLOUD_FIRST =
  '이 {device}의 암호화된 컴퓨터 백업이 완료되면 ‘백업’을 열고 이 {device} 항목을 탭하여 백업을 삭제합니다.';
const REPLACE_ICLOUD_FIRST_OLD =
  '이 {device}의 암호화된 컴퓨터 백업이 완료되면 ‘백업’ 아래에서 이 {device} 항목을 탭하여 백업을 삭제합니다.';
const REPLACE_ICLOUD_TURN_ON =
  '백업을 삭제하면 iCloud 백업도 꺼집니다. ‘iCloud 백업’에서 다시 켭니다.';
const REPLACE_ICLOUD_LAST = '그곳에서 ‘지금 백업’을 탭하면 새로운 전체 백업이 만들어집니다.';

const STATUS_PAGE = 'Apple 시스템 상태 페이지(apple.com/support/systemstatus)';

const SIGN_IN_MESSAGE =
  '다시 로그인하거나, 이메일 주소를 확인하거나, 새로운 약관에 동의하라는 메시지가 표시되면 안내에 따릅니다.';

const RESTART_UNLOCK = '켜진 후 한 번 잠금을 해제한 다음 다시 백업해 봅니다.';

/** Where each app lists its backups, and the folder that holds them. */
const BACKUP_LIST = {
  any: 'Finder(Mac) 또는 Apple 기기나 iTunes(Windows)의 백업 목록',
  finder:
    'Finder > 사이드바의 [{device}] > 일반 > 백업 관리(폴더: ~/Library/Application Support/MobileSync/Backup/)',
  itunes: 'iTunes > 환경설정 > 기기(폴더: ~/Library/Application Support/MobileSync/Backup/)',
  windows:
    'Apple 기기 > [{device}] > 일반 > 백업 관리 또는 iTunes > 편집 > 환경설정 > 기기(폴더: Apple 기기 또는 Microsoft Store 버전 iTunes는 %USERPROFILE%\\Apple\\MobileSync\\Backup\\, Apple 웹 사이트에서 받은 iTunes는 %APPDATA%\\Apple Computer\\MobileSync\\Backup\\)',
} as const;

const IN_BACKUP_LIST = {
  'mac-finder': { where: BACKUP_LIST.finder },
  'mac-itunes': { where: BACKUP_LIST.itunes },
  windows: { where: BACKUP_LIST.windows },
};

const COPY_NEVER_MOVE =
  '이동하지 말고 반드시 복사하세요. 복사본은 변경하지 않은 상태로 백업 폴더에 다시 복사해야만 복원할 수 있습니다.';

const CONNECT_UNLOCK = '{device} 연결 후 잠금을 해제하고 홈 화면이 표시된 상태로 둡니다.';
const TAP_TRUST = '‘이 컴퓨터를 신뢰하겠습니까?’가 나타나면 ‘신뢰’를 탭하고 암호를 입력합니다.';

const BACKUP_APPS = 'Finder(Mac) 또는 Apple 기기나 iTunes(Windows)';

/** Korean: the fix steps, in the shape of their English text (stepWords). */
export const STEPS: StepCatalog = {
  steps: {
    'icloud-turn-on-backup': {
      title: 'iCloud 백업 켜기',
      instructions: [
        '‘이 {device} 백업’을 켭니다.',
        '스위치가 회색으로 비활성화되어 있으면 복원이 아직 진행 중일 수 있습니다(스위치 아래에 진행 막대가 표시됨). 복원이 끝날 때까지 기다리세요.',
      ],
      where: BACKUP,
      check: '스위치가 켜지고 그 아래에 ‘지금 백업’이 나타납니다.',
      ios: [{ instructions: TURN_ON_OLD }, { instructions: TURN_ON_OLD, where: BACKUP_10_2 }],
    },
    'icloud-backup-conditions': {
      title: '자동 백업에 필요한 조건 갖추기',
      instructions: [
        '매일 실행되는 iCloud 백업은 {device}의 전원과 Wi-Fi가 연결되어 있고 화면이 잠겨 있을 때만 실행됩니다.',
        '밤사이 Wi-Fi 환경에서 전원에 연결하고 화면을 잠근 상태로 두세요.',
      ],
      where: BACKUP,
      check: '다음 날 아침, 마지막으로 성공한 백업 시간이 어젯밤으로 표시됩니다.',
      ios: [{ where: BACKUP_10_2 }],
    },
    'network-wifi-check': {
      title: '제대로 작동하는 Wi-Fi 네트워크 사용하기',
      instructions: [
        ...WIFI,
        '5G를 지원하는 {device}에서는 이동통신사가 허용하는 경우 ‘셀룰러로 백업’(iCloud 백업 설정에 있음)을 사용해 Wi-Fi 없이 백업할 수 있습니다. 셀룰러 데이터가 사용됩니다.',
      ],
      where: '설정 > Wi-Fi',
      check: '같은 네트워크에서 Safari로 웹 사이트가 로드됩니다.',
      ios: [{ instructions: WIFI }],
    },
    'icloud-check-backup-size': {
      title: '다음 백업 크기와 iCloud 여유 공간 비교하기',
      instructions: [
        '‘백업’을 열고 이 {device} 항목을 탭합니다.',
        '‘다음 백업 크기’가 나타날 때까지 기다린 다음 iCloud 화면 상단에 표시된 여유 공간과 비교합니다.',
      ],
      where: `${STORAGE_16} > 백업`,
      check: '부족한 공간이 얼마인지(또는 공간이 충분한지) 알 수 있습니다.',
      ios: [
        { where: `${STORAGE_11} > 백업` },
        { instructions: SIZE_OLD, where: STORAGE_10_3 },
        { instructions: SIZE_OLD, where: STORAGE_10_2 },
      ],
    },
    'icloud-trim-backup': {
      title: '용량이 큰 앱을 백업에서 제외하기',
      instructions: [
        '이 {device}의 백업에서 데이터를 백업할 필요가 없는 앱을 끕니다(예: 어차피 데이터를 온라인에 보관하는 앱).',
        'iCloud 사진, iCloud Drive, Mail처럼 iCloud에 이미 보관되는 항목은 백업에 포함되지 않으므로, 여기서 꺼도 공간이 절약되지 않습니다.',
      ],
      where: `${STORAGE_16} > 백업 > [이 {device}]`,
      check: '‘다음 백업 크기’가 이제 iCloud 여유 공간보다 작습니다.',
      caution:
        '앱을 끄면 해당 앱의 데이터가 iCloud 백업에서 삭제됩니다. 데이터는 {device}에 남아 있으며, 앱을 다시 켜면 다시 백업됩니다.',
      ios: [
        { where: `${STORAGE_11} > 백업 > [이 {device}]` },
        { where: `${STORAGE_10_3} > [이 {device}]` },
        { where: `${STORAGE_10_2} > [이 {device}]` },
      ],
    },
    'icloud-upgrade-storage': {
      title: 'iCloud 저장 공간 늘리기',
      instructions: [
        '앱을 제외해도 부족하다면 더 큰 iCloud+ 요금제를 선택합니다(무료 요금제는 5GB). 기존 데이터는 모두 그대로 유지됩니다.',
        '새 {device} 구입 예정인가요? ‘{device} 전송 또는 재설정’의 ‘새로운 {device} 준비’를 사용하면 전체 백업을 위한 무료 iCloud 저장 공간을 빌릴 수 있으며, 21일 동안 보관됩니다.',
      ],
      where: `${STORAGE_16} > 저장 공간 요금제 변경`,
      check: 'iCloud 화면 상단의 전체 용량에 새 요금제가 표시됩니다.',
      ios: [
        { where: `${STORAGE_11} > 저장 공간 요금제 변경` },
        { instructions: UPGRADE_BEFORE_15, where: `${STORAGE_11} > 저장 공간 요금제 변경` },
        {
          instructions: UPGRADE_BEFORE_15,
          where: '설정 > [사용자 이름] > iCloud > iCloud 저장 공간 > 저장 공간 요금제 변경',
        },
        {
          instructions: UPGRADE_BEFORE_15,
          where: '설정 > iCloud > 저장 공간 > 저장 공간 요금제 변경',
        },
      ],
    },
    'icloud-free-space': {
      title: 'iCloud 공간 확보하기',
      instructions: [
        'iCloud 저장 공간을 무엇이 사용하는지 확인하고 더 이상 필요 없는 항목을 삭제합니다. 예를 들어 iCloud Drive의 큰 파일, 오래된 Mail 첨부 파일, 다른 곳에 저장해 둔 사진 등입니다.',
        '더 이상 소유하지 않은 기기의 백업도 공간을 차지합니다. 백업은 그 백업으로 복원할 일이 절대 없다고 확신할 때만 삭제하세요.',
      ],
      where: STORAGE_16,
      check: 'iCloud 화면 상단의 여유 공간이 ‘다음 백업 크기’보다 큽니다.',
      caution:
        'iCloud에서 삭제한 항목은 해당 iCloud에 로그인한 모든 기기에서 사라집니다. 삭제한 백업은 되돌릴 수 없습니다. 아직 복원에 필요할 수 있는 기기의 백업은 절대 삭제하지 마세요.',
      ios: [{ where: STORAGE_11 }, { where: STORAGE_10_3 }, { where: STORAGE_10_2 }],
    },
    'icloud-replace-damaged-backup': {
      title: '손상된 iCloud 백업을 새 백업으로 바꾸기',
      instructions: [
        REPLACE_ICLOUD_FIRST,
        '백업을 삭제하면 iCloud 백업도 꺼집니다. ‘iCloud 백업’에서 ‘이 {device} 백업’을 다시 켭니다.',
        REPLACE_ICLOUD_LAST,
      ],
      where: `${STORAGE_16} > 백업 > [이 {device}]`,
      check: '새 iCloud 백업이 완료되고 오늘 날짜가 표시됩니다.',
      caution:
        'iCloud 백업 삭제는 실행 취소할 수 없습니다. 이 {device}의 암호화된 백업을 컴퓨터에 완료한 후에만 진행하세요(암호화되지 않은 백업에는 암호와 건강 데이터가 포함되지 않음). 또한 복원에 그 iCloud 백업이 아직 필요할 수 있다면 절대 삭제하지 마세요.',
      ios: [
        {
          instructions: [REPLACE_ICLOUD_FIRST, REPLACE_ICLOUD_TURN_ON, REPLACE_ICLOUD_LAST],
          where: `${STORAGE_11} > 백업 > [이 {device}]`,
        },
        {
          instructions: [REPLACE_ICLOUD_FIRST_OLD, REPLACE_ICLOUD_TURN_ON, REPLACE_ICLOUD_LAST],
          where: `${STORAGE_10_3} > [이 {device}]`,
        },
        {
          instructions: [
            REPLACE_ICLOUD_FIRST_OLD,
            `백업을 삭제하면 iCloud 백업도 꺼집니다. ${BACKUP_10_2}에서 다시 켭니다.`,
            REPLACE_ICLOUD_LAST,
          ],
          where: `${STORAGE_10_2} > [이 {device}]`,
        },
      ],
    },
    'icloud-back-up-now': {
      title: '지금 iCloud에 백업하기',
      instructions: [
        'Wi-Fi에 연결된 상태로 ‘지금 백업’을 탭하고, 완료될 때까지 {device}의 연결을 유지합니다.',
      ],
      where: `${BACKUP} > 지금 백업`,
      check: '버튼 아래에 마지막으로 성공한 백업 시간이 현재 시간으로 표시됩니다.',
      ios: [{ where: `${BACKUP_10_2} > 지금 백업` }],
    },
    'check-apple-status': {
      title: 'Apple의 iCloud 백업 서비스가 정상 작동하는지 확인하기',
      instructions: [
        'Apple 시스템 상태 페이지를 열고 ‘iCloud 백업’과 ‘iCloud 계정 및 로그인’을 찾습니다.',
        '둘 중 하나에 문제나 장애가 표시되어 있다면 Apple 측 문제입니다. 기다렸다가 나중에 다시 시도하세요.',
      ],
      where: STATUS_PAGE,
      check: '두 서비스 모두 ‘사용 가능’으로 표시됩니다.',
    },
    'wait-for-apple': {
      title: 'Apple 측 문제가 해결될 때까지 기다린 후 다시 시도하기',
      instructions: [
        'Apple 서비스에 문제가 있는 동안에는 {device}에서 아무것도 변경할 필요가 없습니다.',
        'iCloud 백업은 켜 둔 상태로 두세요. 자동 백업이 알아서 다시 시도합니다.',
        '시스템 상태 페이지에 iCloud 백업이 ‘사용 가능’으로 표시되면 다시 백업합니다.',
      ],
      where: STATUS_PAGE,
      check: 'iCloud 백업이 ‘사용 가능’으로 표시되고 백업이 완료됩니다.',
    },
    'restart-device': {
      title: '{device} 재시동하기',
      instructions: [
        '‘시스템 종료’를 탭하고 슬라이더를 드래그하거나, 슬라이더가 나타날 때까지 측면 버튼 또는 상단 버튼을 길게 누릅니다(홈 버튼이 없는 {device}에서는 음량 버튼 중 하나와 함께 누름).',
        '30초 동안 기다린 다음 Apple 로고가 나타날 때까지 측면 버튼 또는 상단 버튼을 길게 누릅니다.',
        RESTART_UNLOCK,
      ],
      where: '설정 > 일반 > 시스템 종료',
      check: '재시동 후 백업이 시작되고 같은 메시지로 멈추지 않습니다.',
      ios: [
        {
          instructions: [
            '슬라이더가 나타날 때까지 잠자기/깨우기 버튼(상단 또는 측면)을 길게 누른 다음 슬라이더를 드래그합니다.',
            '30초 동안 기다린 다음 Apple 로고가 나타날 때까지 잠자기/깨우기 버튼을 길게 누릅니다.',
            RESTART_UNLOCK,
          ],
          where: '상단 또는 측면의 잠자기/깨우기 버튼',
        },
      ],
    },
    'device-free-space': {
      title: '{device}의 공간 확보하기',
      instructions: [
        '‘{device} 저장 공간’을 열고 목록이 로드될 때까지 기다립니다.',
        '거의 사용하지 않는 앱 정리하기 등 표시되는 권장 사항을 따릅니다. 앱을 정리해도 해당 앱의 문서와 데이터는 유지됩니다.',
        '더 이상 필요 없는 큰 비디오나 다운로드한 파일을 삭제합니다.',
      ],
      where: '설정 > 일반 > {device} 저장 공간',
      check: '상단의 막대에 최소 몇 GB의 여유 공간이 표시됩니다.',
      caution:
        '삭제한 항목은 {device}에서 사라집니다. 보관하고 싶은 비디오나 파일은 사본을 만들어 두세요. 앱을 정리해도 해당 앱의 데이터는 유지됩니다.',
      ios: [
        {
          instructions: [
            '‘저장 공간’ 아래(‘iCloud’ 아래가 아님)의 ‘저장 공간 관리’를 열고 목록이 로드될 때까지 기다립니다.',
            '더 이상 사용하지 않는 앱을 탭하여 삭제하거나, 더 이상 필요 없는 큰 비디오나 다운로드한 파일을 삭제합니다.',
          ],
          where: '설정 > 일반 > 저장 공간 및 iCloud 사용량 > 저장 공간 관리',
          caution:
            '삭제한 항목은 {device}에서 사라집니다. 보관하고 싶은 비디오나 파일은 사본을 만들어 두세요. 앱을 삭제하면 해당 앱의 데이터도 삭제됩니다.',
        },
      ],
    },
    'update-ios': {
      title: '{device} 소프트웨어 업데이트하기',
      instructions: [
        'Wi-Fi와 전원에 연결합니다.',
        '표시된 업데이트를 설치한 다음 {device}의 재시동이 끝날 때까지 기다립니다.',
      ],
      where: '설정 > 일반 > 소프트웨어 업데이트',
      check: '‘소프트웨어 업데이트’에 대기 중인 업데이트가 표시되지 않습니다.',
    },
    'account-check-signin': {
      title: 'Apple 계정에 로그인되어 있는지 확인하기',
      instructions: [
        '설정을 열고 상단에 있는 사용자 이름을 탭합니다.',
        SIGN_IN_MESSAGE,
        '요청받으면 Apple 계정 암호를 입력합니다.',
      ],
      where: '설정 > [사용자 이름]',
      check: '사용자 이름에 빨간색 배지나 로그인 메시지가 없고 iCloud가 열립니다.',
      ios: [
        {
          instructions: [
            '설정을 열고 ‘iCloud’를 탭합니다.',
            SIGN_IN_MESSAGE,
            '요청받으면 Apple ID 암호를 입력합니다.',
          ],
          where: '설정 > iCloud',
          check: '계정에 로그인 메시지가 표시되지 않습니다.',
        },
      ],
    },
    'account-sign-out-in': {
      title: 'iCloud에서 로그아웃한 후 다시 로그인하기',
      instructions: [
        '‘로그아웃’을 탭하고 Apple 계정 암호를 입력하여 ‘나의 찾기’를 끕니다.',
        '이 {device}에 사본을 보관할 데이터(예: 연락처, 캘린더)를 선택한 다음 로그아웃합니다.',
        '{device} 재시동 후 같은 Apple 계정으로 다시 로그인합니다.',
      ],
      where: '설정 > [사용자 이름] > 로그아웃',
      check: '로그인 후 iCloud 백업이 켜져 있고 백업이 완료됩니다.',
      caution:
        '로그아웃하면 iCloud 사진, iCloud Drive 파일처럼 iCloud에만 보관된 항목과 사본을 보관하지 않은 데이터가 이 {device}에서 제거됩니다. 이 항목은 모두 iCloud에 그대로 남아 있으며 다시 로그인하면 돌아옵니다. Apple 계정 암호가 필요합니다.',
      ios: [
        {
          instructions: [
            '‘로그아웃’을 탭하고 Apple ID 암호를 입력하여 ‘나의 {device} 찾기’를 끕니다.',
            '이 {device}에 보관할 데이터(예: 연락처, 캘린더)를 선택한 다음 로그아웃합니다.',
            '{device} 재시동 후 같은 Apple ID로 다시 로그인합니다.',
          ],
          where: '설정 > iCloud > 로그아웃',
          caution:
            '로그아웃하면 iCloud 사진 보관함, iCloud Drive 파일처럼 iCloud에만 보관된 항목과 보관하지 않은 데이터가 이 {device}에서 제거됩니다. 이 항목은 모두 iCloud에 그대로 남아 있으며 다시 로그인하면 돌아옵니다. Apple ID 암호가 필요합니다.',
        },
      ],
    },
    'check-screen-time': {
      title: '스크린 타임에서 계정 변경 허용하기',
      instructions: [
        '‘콘텐츠 및 개인정보 보호 제한’을 엽니다.',
        '‘계정 변경’에서 ‘허용’을 선택합니다(스크린 타임 암호가 필요할 수 있음).',
      ],
      where: '설정 > 스크린 타임 > 콘텐츠 및 개인정보 보호 제한 > 계정 변경',
      check: 'iCloud 백업 스위치가 더 이상 회색으로 비활성화되어 있지 않습니다.',
      ios: [
        {
          instructions: [
            '‘콘텐츠 및 개인정보 보호 제한’(iOS 11에서는 ‘차단’)을 엽니다.',
            '‘계정 변경’(iOS 11에서는 ‘계정’)에서 ‘허용’을 선택합니다(암호가 필요할 수 있음).',
          ],
          where:
            '설정 > 스크린 타임 > 콘텐츠 및 개인정보 보호 제한 > 계정 변경(iOS 11: 설정 > 일반 > 차단 > 계정)',
        },
        {
          instructions: [
            '‘차단’을 열고 차단 암호를 입력합니다.',
            '‘계정’에서 ‘변경 허용’을 선택합니다.',
          ],
          where: '설정 > 일반 > 차단 > 계정',
        },
      ],
    },
    'check-profiles': {
      title: '백업을 차단하는 회사 또는 학교 프로파일 확인하기',
      instructions: [
        '학교나 회사에서 설치한 구성 프로파일 또는 기기 관리가 있는지 확인합니다.',
        '있다면 관리자에게 iCloud 백업을 끄는 설정인지 문의하세요.',
      ],
      where: '설정 > 일반 > VPN 및 기기 관리',
      check: '백업을 제한하는 프로파일이 없거나, 조직에서 백업을 허용했습니다.',
      caution: '회사 또는 학교 프로파일은 관리자에게 묻지 않고 제거하지 마세요.',
      ios: [{ where: '설정 > 일반 > 프로파일(또는 프로파일 및 기기 관리)' }],
    },
    'reset-network-settings': {
      title: '네트워크 설정 재설정하기',
      instructions: [
        '‘재설정’을 선택하고 ‘네트워크 설정 재설정’을 선택한 다음 암호를 입력합니다.',
        '{device}의 재시동이 끝나면 Wi-Fi 네트워크에 다시 연결하고 백업해 봅니다.',
      ],
      where: '설정 > 일반 > {device} 전송 또는 재설정 > 재설정 > 네트워크 설정 재설정',
      check: '{device}에서 Wi-Fi에 다시 연결되고 백업이 완료됩니다.',
      caution:
        '저장된 모든 Wi-Fi 네트워크와 암호, VPN 및 셀룰러 설정, 이 {device}에서 신뢰한 컴퓨터 정보가 지워집니다. Wi-Fi 암호를 준비해 두세요. 데이터는 유지됩니다.',
      ios: [{ where: '설정 > 일반 > 재설정 > 네트워크 설정 재설정' }],
    },
    'connection-unlock-trust': {
      title: '{device} 잠금 해제 후 컴퓨터 신뢰하기',
      instructions: [
        CONNECT_UNLOCK,
        TAP_TRUST,
        '컴퓨터에서도 묻는 경우 ‘신뢰’(Finder, Apple 기기) 또는 ‘계속’(iTunes)을 클릭합니다.',
      ],
      where: '{device}에서: ‘이 컴퓨터를 신뢰하겠습니까?’ 알림, 그다음 컴퓨터에서',
      check: 'Finder(Mac) 또는 Apple 기기나 iTunes(Windows)에 {device} 항목이 나타납니다.',
      computer: {
        'mac-finder': {
          instructions: [
            CONNECT_UNLOCK,
            TAP_TRUST,
            'Finder에서 {device} 신뢰 여부를 묻는 경우 ‘신뢰’를 클릭합니다.',
          ],
          check: 'Finder 사이드바의 ‘위치’ 아래에 {device} 항목이 나타납니다.',
        },
        'mac-itunes': {
          instructions: [
            CONNECT_UNLOCK,
            TAP_TRUST,
            'iTunes에서 이 컴퓨터가 {device}에 접근하도록 허용할지 묻는 경우 ‘계속’을 클릭합니다.',
          ],
          check: 'iTunes 왼쪽 상단 근처에 {device} 버튼이 나타납니다.',
        },
        windows: {
          instructions: [
            CONNECT_UNLOCK,
            TAP_TRUST,
            'Apple 기기에서도 묻는 경우 ‘신뢰’를 클릭하고, iTunes에서 접근을 허용할지 묻는 경우 ‘계속’을 클릭합니다.',
          ],
          check:
            'Apple 기기 사이드바에 {device} 항목이 나타나거나 iTunes에 {device} 버튼이 나타납니다.',
        },
      },
    },
    'connection-cable-port': {
      title: '다른 케이블과 USB 포트 사용해 보기',
      instructions: [
        '케이블을 허브나 키보드가 아닌 컴퓨터에 직접 연결합니다.',
        '다른 USB 포트를 사용해 보고, 다른 Apple 케이블이나 인증된 케이블이 있다면 그것도 사용해 봅니다.',
      ],
      where: '케이블 및 컴퓨터의 USB 포트',
      check: '백업하는 동안 {device}의 연결이 끊기지 않습니다.',
      computer: { 'mac-finder': {}, 'mac-itunes': {}, windows: {} },
    },
    'restart-computer': {
      title: '컴퓨터 재시동하기',
      instructions: ['작업을 저장하고 컴퓨터를 재시동한 다음 {device}의 케이블을 다시 연결합니다.'],
      where: '컴퓨터의 재시동 명령',
      check: '재시동 후 {device}의 연결이 확인되고 백업이 시작됩니다.',
      computer: {
        'mac-finder': { where: 'Apple 메뉴 > 재시동' },
        'mac-itunes': { where: 'Apple 메뉴 > 재시동' },
        windows: { where: '시작 > 전원 > 다시 시작' },
      },
    },
    'update-computer': {
      title: '컴퓨터와 백업 앱 업데이트하기',
      instructions: ['컴퓨터와 {device}의 백업에 사용하는 앱의 최신 업데이트를 설치합니다.'],
      where: '컴퓨터의 소프트웨어 업데이트 설정',
      check: '대기 중인 업데이트가 없고 앱에서 {device} 항목이 보입니다.',
      computer: {
        'mac-finder': {
          instructions: [
            '표시된 macOS 업데이트를 설치합니다. Finder는 macOS와 함께 업데이트됩니다.',
          ],
          where:
            'Apple 메뉴 > 시스템 설정 > 일반 > 소프트웨어 업데이트(macOS 12 이하: 시스템 환경설정 > 소프트웨어 업데이트)',
        },
        'mac-itunes': {
          instructions: ['표시된 macOS 및 iTunes 업데이트를 설치합니다.'],
          where:
            'Apple 메뉴 > 시스템 환경설정 > 소프트웨어 업데이트(macOS 10.13 이하: App Store > 업데이트)',
        },
        windows: {
          instructions: [
            'Windows 업데이트를 실행하고 제공되는 업데이트를 설치합니다.',
            'Apple 기기(또는 Microsoft Store 버전 iTunes)는 Microsoft Store의 ‘라이브러리’에서 ‘업데이트 받기’로 업데이트합니다. Apple 웹 사이트에서 받은 iTunes는 도움말 > 업데이트 확인에서 업데이트합니다.',
          ],
          where:
            'Windows 11: 시작 > 설정 > Windows 업데이트, Windows 10: 시작 > 설정 > 업데이트 및 보안 > Windows 업데이트',
        },
      },
    },
    'computer-free-space': {
      title: '컴퓨터 공간 확보하기',
      instructions: [
        '컴퓨터에 백업하려면 {device}에서 사용 중인 용량만큼의 여유 공간이 필요합니다.',
        '휴지통을 비우고, 직접 저장한 큰 비디오나 다운로드한 파일은 다른 드라이브로 옮깁니다.',
      ],
      where: '컴퓨터의 저장 공간 설정',
      check: '컴퓨터의 여유 공간이 {device}에서 사용 중인 용량보다 큽니다.',
      computer: {
        'mac-finder': {
          where:
            'Apple 메뉴 > 시스템 설정 > 일반 > 저장 공간(macOS 12 이하: Apple 메뉴 > 이 Mac에 관하여 > 저장 공간)',
        },
        'mac-itunes': { where: 'Apple 메뉴 > 이 Mac에 관하여 > 저장 공간' },
        windows: { where: '시작 > 설정 > 시스템 > 저장소' },
      },
    },
    'computer-remove-old-backups': {
      title: '더 이상 필요 없는 이전 백업 삭제하기',
      instructions: [
        '백업 목록을 열고 더 이상 사용하지 않는 기기의 백업을 찾습니다.',
        '보관할 백업이 있다면 먼저 해당 폴더 전체를 다른 드라이브에 복사하고, 복사본은 그대로 둡니다.',
        '그런 다음 백업을 선택하고 ‘백업 삭제’를 클릭합니다.',
      ],
      where: BACKUP_LIST.any,
      check: '주 드라이브의 여유 공간이 늘어나고, 보관할 백업은 다른 드라이브에 복사되어 있습니다.',
      caution: `삭제한 백업은 되돌릴 수 없습니다. 먼저 복사한 경우가 아니라면 앞으로 절대 복원에 사용하지 않을 백업만 삭제하세요. ${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'security-software-check': {
      title: '컴퓨터의 보안 소프트웨어 확인하기',
      instructions: [
        '바이러스 백신 또는 방화벽 앱을 업데이트하거나, 백업하는 동안 일시 중지합니다.',
        '차단된 앱이나 기기 목록이 있다면 Apple의 백업 앱을 허용합니다.',
      ],
      where: '바이러스 백신 또는 방화벽 앱의 설정',
      check: '보안 앱을 업데이트하거나 일시 중지한 상태에서 백업이 완료됩니다.',
      caution: '백업이 끝나면 바로 보호 기능을 다시 켜세요.',
      computer: {
        'mac-finder': {
          where: '보안 앱의 설정(Finder에서 USB를 통해 {device}에 접근할 수 있어야 함)',
        },
        'mac-itunes': {
          where: '보안 앱의 설정(iTunes에서 USB를 통해 {device}에 접근할 수 있어야 함)',
        },
        windows: {
          where:
            'Windows 11: 시작 > 설정 > 개인 정보 및 보안 > Windows 보안, Windows 10: 시작 > 설정 > 업데이트 및 보안 > Windows 보안, 그 밖의 바이러스 백신 앱(Apple 기기 또는 iTunes 허용)',
        },
      },
    },
    'encrypt-local-backup': {
      title: '컴퓨터에 암호화된 백업 만들기',
      instructions: [
        '{device}의 백업에 사용하는 앱에서 {device} 항목을 선택하고 ‘로컬 백업 암호화’를 켭니다.',
        '잊지 않을 암호를 정한 다음 ‘지금 백업’을 클릭하고 완료될 때까지 기다립니다.',
        '저장된 암호, Wi-Fi 설정, 건강 데이터, 통화 기록은 암호화된 백업에만 포함됩니다.',
      ],
      where: BACKUP_APPS,
      check: '백업 목록에서 백업에 현재 시간과 자물쇠 아이콘이 표시됩니다.',
      caution: '암호화된 백업은 암호가 없으면 사용할 수 없습니다. 암호를 적어 두세요.',
      computer: {
        'mac-finder': { where: 'Finder > 사이드바의 [{device}] > 일반 > 로컬 백업 암호화' },
        'mac-itunes': { where: 'iTunes > [{device} 버튼] > 요약 > 로컬 백업 암호화' },
        windows: {
          where:
            'Apple 기기 > [{device}] > 일반 > 로컬 백업 암호화(iTunes: [{device} 버튼] > 요약)',
        },
      },
    },
    'computer-replace-damaged-backup': {
      title: '손상된 백업을 새 백업으로 바꾸기',
      instructions: [
        '백업 앱을 종료합니다. 손상된 백업이 아직 필요할 수 있다면 해당 폴더 전체를 다른 드라이브에 복사하고, 복사본은 그대로 둡니다.',
        '백업 목록을 열고 이 {device}의 백업을 선택한 다음 ‘백업 삭제’를 클릭합니다.',
        '다시 백업하면 새로운 전체 백업이 만들어집니다.',
      ],
      where: BACKUP_LIST.any,
      check: '새 백업이 완료되고 백업 목록에 오늘 날짜로 표시됩니다.',
      caution: `백업 삭제는 실행 취소할 수 없습니다. 아직 복원에 필요할 수 있는 백업은 먼저 복사하지 않고는 절대 삭제하지 마세요. ${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'reset-trust-settings': {
      title: '{device}의 신뢰 설정 재설정하기',
      instructions: [
        '‘재설정’을 선택하고 ‘위치 및 개인정보 보호 재설정’을 선택한 다음 암호를 입력합니다.',
        '컴퓨터에 다시 연결하고 요청이 나타나면 ‘신뢰’를 탭합니다.',
      ],
      where: '설정 > 일반 > {device} 전송 또는 재설정 > 재설정 > 위치 및 개인정보 보호 재설정',
      check: '‘이 컴퓨터를 신뢰하겠습니까?’ 알림이 나타나고 컴퓨터에서 {device} 항목이 보입니다.',
      caution:
        '앱에서 위치, 카메라 및 기타 데이터 사용 권한을 다시 요청하며, 모든 컴퓨터를 다시 신뢰해야 합니다.',
      ios: [{ where: '설정 > 일반 > 재설정 > 위치 및 개인정보 보호 재설정' }],
    },
    'computer-back-up-now': {
      title: '지금 컴퓨터에 백업하기',
      instructions: [
        '{device}의 백업에 사용하는 앱에서 {device} 항목을 선택하고, 모든 데이터를 이 컴퓨터에 백업하도록 선택합니다.',
        '‘로컬 백업 암호화’를 켭니다(암호는 잘 보관하세요). 그래야만 저장된 암호, Wi-Fi 설정, 건강 데이터, 통화 기록이 백업에 포함됩니다.',
        '‘지금 백업’을 클릭하고 완료될 때까지 {device}의 연결과 잠금 해제 상태를 유지합니다.',
      ],
      where: BACKUP_APPS,
      check: '이 컴퓨터에 대한 최신 백업에 현재 시간이 표시됩니다.',
      computer: {
        'mac-finder': { where: 'Finder > 사이드바의 [{device}] > 일반 > 지금 백업' },
        'mac-itunes': { where: 'iTunes > [{device} 버튼] > 요약 > 지금 백업' },
        windows: {
          where:
            'Apple 기기 > [{device}] > 일반 > 지금 백업(iTunes: [{device} 버튼] > 요약 > 지금 백업)',
        },
      },
    },
  },
  unsure: [
    {
      label: '계정 저장 공간 관리',
      note: 'iOS 16+ "Manage Account Storage": believed to be Apple Korea’s wording, not verified on a Korean device; recent iOS may show only 저장 공간 관리.',
    },
    {
      label: '다음 백업 크기',
      note: '"Next Backup Size" under the device’s backup: wording from memory, not verified.',
    },
    {
      label: '셀룰러로 백업',
      note: '"Back Up Over Cellular": the exact Korean switch label is not verified.',
    },
    {
      label: '새로운 {device} 준비',
      note: '"Prepare for New iPhone": Korean iOS may write 새 iPhone 준비 or 새로운 iPhone 준비; not verified.',
    },
    {
      label: '저장 공간 요금제 변경',
      note: '"Change Storage Plan": believed to be Apple Korea’s wording, not verified on a device.',
    },
    {
      label: '설정 > 일반 > 차단 > 계정',
      note: 'iOS 11 and earlier "Restrictions" is believed to be 차단 in Korean (and Accounts 계정); not verified on an old device.',
    },
    {
      label: '변경 허용',
      note: 'iOS 10 and earlier "Allow Changes" under Restrictions > Accounts: the Korean label is not verified.',
    },
    {
      label: '저장 공간 및 iCloud 사용량',
      note: 'iOS 10 "Storage & iCloud Usage" label from memory; not verified on an iOS 10 device.',
    },
    {
      label: 'iCloud 계정 및 로그인',
      note: 'The service’s name on Apple’s Korean System Status page ("iCloud Account & Sign In") is not verified.',
    },
    {
      label: '업데이트 받기',
      note: 'Microsoft Store’s "Get updates" button in Korean Windows: wording from memory, and Microsoft changes it between Store versions.',
    },
    {
      label: '도움말 > 업데이트 확인',
      note: 'iTunes for Windows "Help > Check for Updates" in Korean: not verified.',
    },
    {
      label: '[{device} 버튼]',
      note: 'iTunes has no label for the device button; this describes it in Korean words.',
    },
  ],
};
