import type { Signal } from '../types';

// How full a storage is: "꽉 찼", "다 차서", "부족", "없", "안 남".
const FULL = '[거의]? [꽉|가득|다 차|다 찼|부족|없|안 남|모자라|충분하지 않]';
const SPACE = '[저장 공간|용량|공간|여유 공간]';

/**
 * Korean: Apple's messages and how people write ("백업이 안 돼요", "백업할 수 없습니다"). Hangul
 * is read one syllable at a time, so a particle attached to a word (백업이, 백업을) is a word of
 * its own and spacing never matters.
 */
export const KO_SIGNALS: Signal[] = [
  {
    id: 'ko-backup-failed',
    kind: 'error-message',
    patterns: [
      '백업 실패',
      '백업 [을|를]? 할 수 [이|가|은|는|도]? 없',
      '백업 [이|가|은|는|도]? [되지 않|진행 되지 않|진행 이 안|실행 되지 않|실행 이 안|중단 되|중단 됐|중단 됩|중단 돼|완료 되지 않|끝나지 않|안 끝]',
      '백업 [중 에|중|하다가|하는 중 에]? [오류|에러] [이|가|은|는|도]? [나|났|발생|떠]',
      // The model: the backup, its particle, up to three syllables of adverb (계속, 자꾸, 또,
      // 며칠째), then the failure in any ending: 안 돼요 / 안돼 / 안 된대요 / 안 됨, 못 해요,
      // 실패했어요 / 실패함. Not "되지 않" across a gap: "백업에는 포함되지 않는 정보" is what a
      // backup leaves out.
      '백업 [이|가|을|를|은|는|도]? ~ [안 돼|안 되|안 된|안 됩|안 됐|안 됨|못 하|못 해|못 했|못 함|실패|완료되지 않|완료 가 안|멈|끊 겨|끊 기]',
      '백업 [이|가|은|는|도]? 되 질 않',
      // The particle 에 before the failure itself, as Apple writes it: "백업에 실패했습니다".
      '백업 [에|이|가]? [실패|오류|에러]',
      // Trying to back up ends in an error: "백업하려고 하면 오류가 나요", "백업하다가 멈춰요".
      '백업 [하려고|하려는데|하다가|하는데|할 때 마다] ~ ~ [오류|에러|실패|멈|안 돼|안 되|끊]',
    ],
    backup: 3.5,
    icloud: 1,
    example: 'iPhone 백업 실패',
    unsure: 'the Settings suggestion wording',
    fixture: 'ko-community-an-dwae',
  },
  {
    // iOS's own notification about this iPhone's backup ("iPad 백업 실패"): a chat app's backup
    // named beside it is then a passing mention.
    id: 'ko-device-backup-failed',
    ownBackup: true,
    kind: 'error-message',
    patterns: ['[{device}|아이폰|아이패드] [의]? 백업 [에]? 실패'],
    backup: 1.5,
    icloud: 1,
    fixture: 'ko-tune-ipad-notice-chat-works',
  },
  {
    id: 'ko-last-backup-not-completed',
    ownBackup: true,
    kind: 'error-message',
    patterns: ['마지막 백업 [을|를]? 완료 할 수 없'],
    backup: 4,
    icloud: 2,
    example: '마지막 백업을 완료할 수 없습니다.',
    fixture: 'ko-community-last',
  },
  {
    id: 'ko-could-not-back-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: ['{app} [이|가|은|는|도]? {device} [을|를]? 백업 할 수 없'],
    backup: 4,
    computer: 2,
    example: '오류가 발생했기 때문에 iTunes가 iPhone을 백업할 수 없습니다.',
    fixture: 'ko-community-itunes-error',
  },
  {
    // Without the app's name the same words are iCloud's message too: the channel comes from
    // the iCloud or computer words around it.
    id: 'ko-device-could-not-back-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: ['{device} [을|를] 백업 할 수 없'],
    backup: 4,
    fixture: 'ko-apple-computer',
  },
  {
    id: 'ko-icloud-storage',
    ownBackup: true,
    kind: 'error-message',
    patterns: ['[icloud|아이클라우드] 저장 공간 [이|가|은|는|도]? [충분하지 않|부족|가득]'],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'ko-community-storage-full',
  },
  {
    id: 'ko-computer-storage',
    kind: 'error-message',
    patterns: [
      '[컴퓨터|mac|pc] 에 여유 공간 [이|가|은|는|도]? 충분하지 않',
      '[맥|맥북|노트북|mac|macbook|pc|컴퓨터] 저장 공간 [이|가|은|는|도]? [거의]? [꽉 찼|꽉 차|가득|부족]',
      '[맥|맥북|노트북|mac|macbook|pc|컴퓨터|디스크|하드] [의]? 용량 [이|가|은|는|도]? 부족',
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'ko-community-mac-space',
  },
  {
    id: 'ko-disconnected',
    kind: 'error-message',
    patterns: ['연결 [이]? 해제', '연결 [이]? 끊'],
    backup: 1.5,
    computer: 2,
    causes: { connection: 0.9 },
    fixture: 'ko-community-disconnect',
  },
  {
    id: 'ko-backup-corrupt',
    kind: 'error-message',
    patterns: [
      '백업 [이|가|은|는|도]? 손상',
      '호환 되지 않',
      '백업 [파일]? [이|가]? [깨졌|깨져|깨진]',
    ],
    backup: 2.5,
    computer: 1,
    causes: { 'corrupt-backup': 0.9 },
    fixture: 'ko-community-corrupt',
  },
  {
    id: 'ko-backup-session-failed',
    kind: 'error-message',
    patterns: ['백업 세션 [이|가|은|는|도]? 실패'],
    backup: 3,
    computer: 2,
    causes: { connection: 0.5, 'corrupt-backup': 0.4 },
    fixture: 'ko-community-session',
  },
  {
    id: 'ko-icloud-backup-off',
    kind: 'phrase',
    // "꺼져 있" alone is any setting (저전력 모드는 꺼져 있고): only the backup's.
    patterns: [
      '[icloud|아이클라우드] 백업 [이|가|은|는|도]? [꺼져|회색|비활성]',
      '회색 으로',
      // Apple's "흐리게 표시" (shown dimmed) for a greyed-out switch.
      '흐리게 표시',
      // Off in any tense, or by itself: "꺼져 있었", "꺼졌", "자동으로 꺼져 버렸".
      '백업 [이|가|은|는|도]? ~ [꺼져 있|꺼졌|꺼져 버|저절로 꺼|자동 으로 꺼]',
    ],
    backup: 1.5,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85, restrictions: 0.3 },
    fixture: 'ko-community-off',
  },
  {
    // A report, not a setting: the backup switch cannot be turned on ("켤 수 없어요", "켤 수가 없거나"),
    // or was found off, said in the past ("꺼져 있었네요", "꺼져 있더라고요", "꺼져 버렸어요"), with
    // when between ("언제부터인지"), or as not turned off by me
    // ("끈 기억이 없는데"); a how-to says it in the present ("꺼져 있으면").
    // Why (a profile, Screen Time, the switch off) comes from the words beside it.
    id: 'ko-icloud-backup-turns-off',
    kind: 'phrase',
    patterns: [
      '켤 수 [가|도]? 없',
      '백업 [이|가|은|는|도]? ~ ~ [꺼져 있었|꺼져 있더|꺼졌|꺼져 버|저절로 꺼|혼자 꺼|자동 으로 꺼]',
      '끈 [기억|적] [이|은]? 없',
    ],
    backup: 3,
    icloud: 2,
    fixture: 'ko-community-screentime',
  },
  {
    id: 'ko-icloud-topic',
    kind: 'phrase',
    // 아이클라우드 is iCloud as Korean writes it.
    patterns: ['[icloud|아이클라우드] [에|로|의]? 백업', '[icloud|아이클라우드] 에'],
    backup: 0.6,
    icloud: 2,
    fixture: 'ko-community-an-dwae',
  },
  {
    id: 'ko-computer-topic',
    kind: 'phrase',
    patterns: [
      '[컴퓨터|맥북|윈도우|노트북|아이튠즈]',
      '[맥|pc] [으로|로|에|의|용]',
      'apple 기기 앱',
    ],
    backup: 0.3,
    computer: 1.5,
    fixture: 'ko-community-session',
  },
  {
    // Both backups tried in one phrase: "iCloud도 컴퓨터도", "아이튠즈도 아이클라우드도".
    id: 'ko-both-backups',
    kind: 'phrase',
    patterns: [
      '[icloud|아이클라우드] 도 [컴퓨터|pc|맥|맥북|아이튠즈|itunes|finder|윈도우] 도',
      '[컴퓨터|pc|맥|맥북|아이튠즈|itunes|finder|윈도우] 도 [icloud|아이클라우드] 도',
    ],
    backup: 0.3,
    icloud: 2,
    computer: 2,
    fixture: 'ko-community-both',
  },
  {
    id: 'ko-network',
    kind: 'phrase',
    patterns: [
      '[와이파이|wi fi|wifi] [이|가|은|는|도]? [자주]? 끊',
      '[네트워크|인터넷|통신|신호] [이|가|은|는|도]? [자주]? [불안정|느리|끊|약]',
      // The router (공유기), a hotspot, mobile data.
      '[공유기|핫스팟|셀룰러|모바일 데이터]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { network: 0.7 },
    fixture: 'ko-community-last',
  },
  {
    // Wi-Fi named with nothing wrong said about it ("와이파이도 빵빵합니다", "와이파이 연결 상태에서"):
    // it says which backup, and points at the network less than a Wi-Fi that drops.
    id: 'ko-wifi-mention',
    kind: 'phrase',
    patterns: ['와이파이'],
    backup: 0.4,
    icloud: 1,
    causes: { network: 0.35 },
    fixture: 'ko-community-last',
  },
  {
    id: 'ko-conditions',
    kind: 'phrase',
    patterns: ['충전', '잠겨', '전원 에 연결', '저전력 모드', '잠금 [상태|화면]'],
    backup: 0.3,
    icloud: 0.5,
    causes: { 'backup-conditions': 0.5 },
    fixture: 'ko-community-last',
  },
  {
    id: 'ko-account',
    kind: 'phrase',
    patterns: [
      '[로그인|로그아웃|암호|비밀번호]',
      '[apple|애플] [계정|아이디]',
      '[이중|인증] 코드',
      '이중 인증',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'ko-community-signin',
  },
  {
    id: 'ko-outdated',
    kind: 'phrase',
    patterns: [
      '업데이트',
      '[최신|새|새로운] 버전',
      // The old version or machine people name: 구버전, 오래된 맥, 폰이 너무 오래돼서, 버전이 낮아서.
      '[구버전|구형]',
      '오래된 [맥|컴퓨터|노트북|아이폰|아이패드|폰]',
      '[폰|패드|맥|컴퓨터|노트북|버전|os|윈도우] [이|가|은|는|도]? [너무]? [오래 돼|오래 됐|낮]',
    ],
    backup: 0,
    causes: { 'outdated-software': 0.6 },
    fixture: 'ko-community-an-dwae',
  },
  {
    id: 'ko-connection',
    kind: 'phrase',
    patterns: [
      '케이블',
      'usb 포트',
      // "이 컴퓨터를 신뢰하겠습니까?", tapping 신뢰; not the account's "신뢰할 수 있는 전화번호".
      '신뢰 [하겠|를]',
      '[허브|젠더]',
    ],
    backup: 0.4,
    computer: 1.5,
    causes: { connection: 0.7 },
    fixture: 'ko-community-session',
  },
  {
    id: 'ko-security',
    kind: 'phrase',
    patterns: ['[백신|방화벽|노턴|알약]', '보안 [프로그램|소프트웨어]'],
    backup: 0.4,
    computer: 1.5,
    causes: { 'security-software': 0.8 },
    fixture: 'ko-community-itunes-error',
  },
  {
    id: 'ko-restrictions',
    kind: 'phrase',
    patterns: ['스크린 타임', '프로파일', '기기 관리', '[mdm|회사 폰]'],
    backup: 0.4,
    causes: { restrictions: 0.8 },
    fixture: 'ko-community-screentime',
  },
  {
    id: 'ko-device-storage',
    kind: 'phrase',
    // iOS's "iPhone 저장 공간이 거의 다 찼습니다" and how people say it (거의 꽉 차서).
    patterns: [
      '저장 공간 [이|가|은|는|도]? 거의 없',
      '#num mb 밖에',
      '저장 공간 [이|가|은|는|도]? 거의 [다|꽉]? [찼|차|참]',
      // The phone named first: 아이폰, 휴대폰, 핸드폰 all end in 폰, 아이패드 in 패드.
      `[폰|패드] [자체|본체]? [의]? ${SPACE} [이|가|은|는|도]? ${FULL}`,
      `{device} ${SPACE} [이|가|은|는|도]? ${FULL}`,
      // The phone itself full, no storage word: "폰이 꽉 찼어요", "아이폰 자체가 가득 차서".
      '[폰|아이폰|아이패드|{device}] [자체|본체]? [이|가|은|는|도]? [꽉 차|꽉 찼|가득 차|가득 찼|다 차서|다 찼]',
      // iOS's storage list names what fills it: "시스템 데이터가 40GB".
      '시스템 데이터',
      // Photos or videos filling it: "동영상 때문에 꽉 찼어요" (not a photo filling the screen).
      '[사진|동영상|영상] 때문에 ~ [꽉 차|꽉 찼|가득 차|가득 찼]',
    ],
    backup: 0.5,
    causes: { 'device-storage-low': 0.85 },
    fixture: 'ko-community-both',
  },
  {
    id: 'ko-restore',
    kind: 'phrase',
    patterns: ['복원', '복구 모드'],
    backup: -1.5,
    fixture: 'ko-neg-restore-error',
  },
  {
    id: 'ko-update-failed',
    kind: 'phrase',
    patterns: ['업데이트 [를]? 확인 할 수 없', '업데이트 실패', '설치 가 안'],
    backup: -2.5,
    fixture: 'ko-neg-update',
  },
  {
    id: 'ko-other-app',
    kind: 'phrase',
    // Chat and photo apps' own backups (카톡 is how people shorten 카카오톡).
    patterns: ['카카오톡', '카톡', '대화 백업', 'mybox', '네이버 클라우드', '원드라이브'],
    backup: -3,
    fixture: 'ko-neg-kakao-chat',
  },
  {
    id: 'ko-other-backup',
    kind: 'phrase',
    patterns: ['[time machine|구글 포토] [의]? 백업', '백업 디스크'],
    backup: -5,
    fixture: 'ko-neg-timemachine',
  },
  {
    // A chat app's own backup that is the one failing ("왓츠앱 채팅 백업이 iCloud에 안 올라가요").
    // Named as working ("왓츠앱 백업은 잘 되던데") it is the contrast a real failure thread draws,
    // so only the failure said about it counts; beside iOS's message about this iPhone's backup
    // it is a side note.
    id: 'ko-chat-backup',
    kind: 'phrase',
    patterns: [
      '[왓츠앱|whatsapp|카톡|라인|line|텔레그램|telegram] [채팅|대화]? 백업 [이|가|을]? ~ [안 되|안 돼|안 올라|실패|멈|할 수 없]',
    ],
    backup: -5,
    passing: true,
    fixture: 'ko-tune-neg-chat-backup-fails',
  },
  {
    // The last backup long ago says less than a failure message: a how-to may say it too.
    id: 'ko-last-backup-long-ago',
    kind: 'phrase',
    // "전" after a span of days or weeks ("3주 전", "열흘 전"), not the one in "오전" (morning).
    patterns: ['마지막 백업 [이|은]? ~ ~ [일|주|달|개월|열흘] 전'],
    backup: 1.5,
    icloud: 1,
    fixture: 'ko-tune-ipad-notice-chat-works',
  },
  {
    id: 'ko-how-to',
    kind: 'phrase',
    patterns: ['[백업 하는|하는] 방법', '단계 별'],
    backup: -1.5,
    fixture: 'ko-neg-howto',
  },
  {
    id: 'ko-backup-not-saved',
    kind: 'error-message',
    patterns: ['백업 [을|를]? [저장|완료|생성] 할 수 없'],
    backup: 3.5,
    example: '백업을 저장할 수 없습니다.',
    unsure:
      "written from Apple's wording in other messages; the exact string of this one is not confirmed",
    fixture: 'ko-community-space-computer',
  },
  {
    // Storage words near iCloud, however the sentence runs.
    id: 'ko-icloud-space',
    kind: 'phrase',
    patterns: [
      `[icloud|아이클라우드] [의|에]? ${SPACE} [이|가|은|는|도]? ${FULL}`,
      // iCloud itself full, in any ending: "아이클라우드가 꽉 차서", "iCloud 용량 초과".
      `[icloud|아이클라우드] [이|가|은|는|도]? ${FULL}`,
      // iCloud's space named as the problem: "아이클라우드 용량이 문제였습니다".
      '[icloud|아이클라우드] [의]? [저장 공간|공간|용량] [이|가|은|는]? [문제|원인]',
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'ko-community-space-icloud',
  },
  {
    // Space words near the computer's, however the sentence runs.
    id: 'ko-computer-space',
    kind: 'phrase',
    patterns: [
      '[컴퓨터|pc|맥|맥북|노트북|mac|macbook|디스크|드라이브|하드] [의|에]? [여유 공간|공간|저장 공간|용량] [이|가|은|는|도]? [부족|충분하지 않|없|꽉 차|꽉 찼|가득 차|가득 찼|모자라]',
      // Windows' system drive, where iTunes keeps its backups, named with its space ("C드라이브
      // 용량", "C드라이브 여유 공간 확인").
      `c 드라이브 [의]? ${SPACE}`,
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'ko-community-space-computer',
  },
  {
    // "용량 부족", "저장 공간 부족" alone name no side: iCloud's is the usual one, the words around it decide.
    id: 'ko-storage-short',
    kind: 'phrase',
    patterns: ['[용량|저장 공간] [이|가|은|는|도]? 부족'],
    backup: 0.3,
    causes: { 'icloud-storage-full': 0.6, 'computer-storage-full': 0.4 },
    fixture: 'ko-tune-yongryang',
  },
  {
    // A conditional in a how-to ("if the backup fails, ...") is no failure by itself: it cancels what its words score, and counts a third beside Apple's own message.
    id: 'ko-if-backup-fails',
    kind: 'phrase',
    patterns: ['백업 [이|가|을|를|도]? 실패 하면', '백업 [이|가|을|를|도]? 실패 한 경우'],
    backup: -3.5,
    passing: true,
    fixture: 'ko-neg-howto-if-fails',
  },
];
