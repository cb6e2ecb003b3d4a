import type { UiCatalog } from '../../catalog';
import { plural } from '../../format';
// Apple's device names are the same in every language.
import { DEVICE_NAMES } from '../../steps';

const COMPUTER_NAMES = {
  mac: 'Mac',
  windows: 'PC com Windows',
  other: 'nem Mac nem PC',
} as const;

const IOS_RANGE_NAMES = {
  '16+': 'iOS 16 ou posterior',
  '15': 'iOS 15',
  '11-14': 'iOS 11 a 14',
  '10.3': 'iOS 10.3',
  '10.2-': 'iOS 10.2 ou anterior',
} as const;

/** Brazilian Portuguese: every surface's words (shape: EN_UI in content/strings/catalog.ts). */
export const UI: UiCatalog = {
  manifest: {
    name: 'Backup Doctor',
    description:
      'Detecta nas páginas da Apple backups do iPhone e do iPad com falha, verifica o status da Apple e mostra como resolver.',
    toggleCommand: 'Mostrar ou ocultar o painel do Backup Doctor',
  },

  panel: {
    brand: 'Backup Doctor',
    headline: '{channel}: {cause}',
    headlineMore: plural({
      one: '{channel}: {cause} e mais {n} causa possível',
      many: '{channel}: {cause} e mais {n} causas possíveis',
      other: '{channel}: {cause} e mais {n} causas possíveis',
    }),
    headlineGeneral: '{channel} com falha: a página não diz por quê',
    guideHeadline: plural({
      one: '{channel}: esta página aborda {n} causa possível',
      many: '{channel}: esta página aborda {n} causas possíveis',
      other: '{channel}: esta página aborda {n} causas possíveis',
    }),
    guideHeadlineOne: '{channel}: esta página aborda uma única causa possível, {cause}',
    incidentHeadline: {
      outage: 'Na Apple: {service} está fora do ar. Aguarde a correção da Apple.',
      issue: 'Na Apple: {service} está com um problema. Aguarde a correção da Apple.',
      maintenance: 'Na Apple: {service} está em manutenção. Aguarde o fim.',
    },
    appleSays: 'A Apple diz:',
    afterFix: 'Se continuar falhando depois da correção da Apple',
    askerWords: 'A pessoa escreveu:',
    searchWords: 'Você pesquisou:',
    question: {
      title: 'O que você vê?',
      intro: 'Escolha a mensagem mais parecida com a sua e os passos vão se adaptar a ela.',
      none: 'Nenhuma destas',
      pageCovers: 'Passos para tudo o que esta página aborda',
    },
    whyLabel: 'Por que achamos isso',
    pageMentions: 'O que a página menciona',
    stepsLabel: 'O que fazer',
    errorCodes: 'Código de erro na página: {codes}',
    showOnPage: 'Mostrar na página',
    hideOnPage: 'Ocultar destaques',
    notOnPage: 'Estas palavras não estão mais visíveis na página.',
    statusUnknown: '{service}: não foi possível verificar',
    incidentSince: '{service}: {state} desde {since}',
    incidentNoStart: '{service}: {state}',
    generalNote:
      'A página não indica uma causa, então estas são as verificações de sempre, da mais segura para a menos segura.',
    computerLabel: 'Seu computador',
    computerAuto: 'Detectado: {detected}',
    computerNames: COMPUTER_NAMES,
    computerMac: COMPUTER_NAMES.mac,
    computerWindows: COMPUTER_NAMES.windows,
    iosLabel: 'Versão do iOS',
    iosAuto: 'Atual (iOS 16 ou posterior)',
    fixedIt: 'Isso resolveu',
    fixedTitle: 'Que bom que foi resolvido',
    fixedBody:
      'Confira de novo amanhã se o backup continua sendo feito: a data do último backup bem-sucedido deve ser recente.',
    startOver: 'Recomeçar',
    copy: 'Copiar um resumo',
    copied: 'Copiado. Cole no chat do Suporte da Apple ou em uma publicação da Comunidade.',
    copyFailed: 'Não foi possível copiar. Selecione o texto abaixo e copie.',
    copyFallbackLabel: 'Resumo para copiar',
    collapse: 'Minimizar o Backup Doctor',
    close: 'Fechar o Backup Doctor nesta página',
    tab: 'Abrir o Backup Doctor: passos para resolver este problema de backup',
    tabText: 'Resolver backup',
    shortcutHint: 'Alt+Shift+B mostra ou oculta este painel.',
    summary: {
      title: 'Problema de backup do {device} (resumo do Backup Doctor)',
      problem: 'Problema: {headline}',
      appleSays: 'A Apple diz: “{message}”',
      afterFix: 'Se continuar falhando depois da correção da Apple: {headline}',
      seen: 'O que vejo: {what}',
      page: 'Página que eu estava lendo: {url}',
      codes: 'Códigos de erro: {codes}',
      quote: 'A mensagem: “{quote}”',
      status: 'Status do Sistema da Apple: {status}',
      setup: 'Minha configuração: {computer}, {ios}',
      tried: 'O que já tentei:',
      triedNone: 'O que já tentei: nada desta lista ainda',
      triedItem: '- {title}',
      notYet: 'Ainda não tentei:',
      fixed: 'Resultado: isso resolveu.',
      notFixed: 'Resultado: o backup ainda não é feito.',
    },
  },

  stepList: {
    listLabel: 'Passos para resolver',
    progress: '{done} de {total} concluídos',
    markDone: 'Concluído: {title}',
    where: 'Onde',
    check: 'Funcionou se',
    caution: 'Antes de começar',
    cautionFlag: 'Leia antes',
    systemStatusLink: 'Status do Sistema da Apple',
  },

  status: {
    state: {
      available: 'disponível',
      maintenance: 'em manutenção',
      issue: 'com problema',
      outage: 'fora do ar (interrupção)',
      unknown: 'status desconhecido',
    },
    stateWord: {
      available: 'disponível',
      maintenance: 'manutenção',
      issue: 'problema',
      outage: 'interrupção',
      unknown: 'desconhecido',
    },
    badgeText: {
      available: '',
      maintenance: 'MAN',
      issue: '!',
      outage: 'FORA',
      unknown: '?',
    },
    serviceState: '{service}: {state}',
    serviceStateSince: '{service}: {state} desde {since}',
    since: 'desde {time}',
    scheduled: 'Manutenção programada: {when}',
    resolved: 'Resolvido: {when}',
    checkedJustNow: 'verificado agora há pouco',
    checkedAgo: 'verificado {ago}',
    neverChecked: 'ainda não verificado',
    stale: 'Último status conhecido: {time}; pode ter mudado.',
    noData: 'Ainda não temos o status da Apple.',
    error: {
      network: 'Não foi possível acessar os dados de status da Apple.',
      timeout: 'Os dados de status da Apple não responderam a tempo.',
      http: 'Os dados de status da Apple responderam com um erro.',
      malformed: 'Os dados de status da Apple vieram em algo que não conseguimos ler.',
      format: 'Os dados de status da Apple estão em um formato que não reconhecemos.',
    },
    errorWithLastKnown: '{error} Último status conhecido: {time}.',
  },

  notification: {
    startedTitle: '{services}: {state}',
    endedTitle: '{services}: funcionando de novo',
    endedMessage: 'A Apple informa que o problema terminou. Tente fazer o backup de novo.',
    noMessage: 'A Apple informa um problema com este serviço.',
  },

  statusCard: {
    label: 'Backup Doctor',
    headline: 'Backup do iCloud: {state}',
    headlineUnknown: 'No momento não sabemos o status do Backup do iCloud',
    fromFeed: 'Segundo os dados de status da Apple, {checked}.',
    fromPage: 'Conforme esta página mostra, {time}.',
    alsoAffected: 'Também afetados',
    relatedState: '{service}: {state}',
    fixLink: 'Passos para resolver um backup que falha',
    waitAdvice: 'O problema é da Apple: aguarde o fim e depois faça o backup de novo.',
  },

  popup: {
    title: 'Backup Doctor',
    headline: {
      available: 'Funcionando normalmente',
      maintenance: 'Em manutenção',
      issue: 'Com um problema',
      outage: 'Fora do ar (interrupção)',
      unknown: 'Status desconhecido',
    },
    meaning: {
      available:
        'A Apple não informa nenhum problema. Se o seu backup falha, a causa provavelmente não é da Apple.',
      maintenance:
        'A Apple está trabalhando nisso. Os backups podem falhar até o fim da manutenção.',
      issue:
        'A Apple informa um problema. Seu backup pode falhar por causa dele: aguarde e tente de novo.',
      outage:
        'A Apple informa uma interrupção. Seu backup provavelmente vai falhar até a Apple corrigir.',
      unknown: 'No momento não conseguimos saber se a Apple está com algum problema.',
    },
    appleSays: 'A Apple diz:',
    affected: 'Quem é afetado: {who}',
    lastKnown: 'Último status conhecido ({time}): {state}.',
    scheduledTitle: 'Manutenção programada',
    scheduledUntil: '{start} até {end}',
    relatedTitle: 'Serviços relacionados',
    refresh: 'Verificar agora',
    refreshing: 'Verificando…',
    refreshFailed: 'Não foi possível pedir uma nova verificação. Tente de novo daqui a pouco.',
    recentTitle: 'Incidentes recentes do Backup do iCloud',
    recentNone: 'Nenhum incidente recente nos dados da Apple.',
    recentWhen: '{start} até {end}',
    recentOngoingEnd: 'fim desconhecido',
    appleLink: 'Status do Sistema da Apple',
    appleLinkNewTab: '(abre em uma nova aba)',
    troubleshoot: 'Backup com falha? Encontre a solução',
    settings: 'Configurações',
    backToStatus: 'Voltar ao status',
    picker: {
      title: 'O que você vê?',
      intro: 'Escolha a mensagem mais parecida com a sua ou digite o código de erro.',
      groups: {
        device: 'No iPhone ou iPad',
        computer: 'No computador (Finder, iTunes ou Dispositivos Apple)',
        other: 'Outra coisa',
      },
      codeLabel: 'Código de erro',
      codeHint: 'Como aparece, por exemplo 0xE8000084 ou -36.',
      codeSubmit: 'Encontrar a solução',
      codeInvalid:
        'Isso não parece um código de erro. Os códigos são como 0xE8000084, -36 ou 4013.',
    },
    plan: {
      backToPicker: 'Voltar para “O que você vê?”',
      youSaw: 'Você vê: {what}',
      forCode: 'o erro {code}',
      headlineGeneral: '{channel}: as verificações de sempre',
      generalNote:
        'Nada do que você escolheu aponta para uma só causa, então estas são as verificações de sempre, da mais segura para a menos segura.',
      notBackup:
        '{code} não é um erro de backup: o software da Apple o mostra ao restaurar ou atualizar um iPhone ou iPad. Se o seu backup também falha, comece por estas verificações de sempre.',
    },
  },

  options: {
    title: 'Configurações do Backup Doctor',
    intro:
      'As alterações são salvas na hora e valem para todas as páginas da Apple que você tiver abertas.',
    loading: 'Carregando suas configurações…',
    saved: 'Salvo.',
    saveFailed: 'Não foi possível salvar essa alteração. Tente de novo.',
    language: {
      legend: 'Idioma',
      hint: '“Automático” usa o idioma da página da Apple que você está lendo ou, se não houver, o do seu navegador.',
      auto: 'Automático',
    },
    panel: {
      legend: 'O painel de soluções nas páginas da Apple',
      hint: 'Como o painel aparece primeiro quando uma página fala de um backup com falha.',
      modes: {
        open: 'Aberto ao lado da página',
        collapsed: 'Como uma pequena aba na borda',
        off: 'Não mostrar',
      },
      sitesLegend: 'Sites onde o painel pode aparecer',
      sitesHint: 'Desmarque um site para nunca mostrar o painel nele.',
      siteNames: {
        'support.apple.com': 'Suporte da Apple (support.apple.com)',
        'discussions.apple.com': 'Comunidade da Apple (discussions.apple.com)',
      },
    },

    device: {
      deviceLegend: 'Seu dispositivo',
      deviceHint:
        'Os passos usam o nome dele, como em “Fazer Backup Deste iPad” ou “Armazenamento do iPad”. Numa página sobre um só dispositivo, como uma conversa sobre iPad, os passos seguem a página.',
      computerLegend: 'Seu computador',
      computerHint:
        'Usado para escolher o Finder, o iTunes ou o app Dispositivos Apple nos passos de backup no computador.',
      detected: '(segundo este navegador: {computer})',
      detectedNames: COMPUTER_NAMES,
      computer: {
        auto: 'Descobrir pelo navegador',
        mac: COMPUTER_NAMES.mac,
        windows: COMPUTER_NAMES.windows,
      },
      iosLegend: 'A versão do iOS do seu iPhone ou iPad',
      iosHint:
        'Alguns caminhos dos Ajustes mudaram entre as versões. Veja a sua em Ajustes > Geral > Sobre.',
      ios: {
        auto: 'Não sei (mostrar os caminhos do iOS atual)',
        ...IOS_RANGE_NAMES,
      },
    },

    notifications: {
      legend: 'Notificações',
      label: 'Avisar quando a Apple informar um problema com o Backup do iCloud',
      why: 'O Backup Doctor mostra uma notificação quando a página Status do Sistema da Apple informa um problema com o Backup do iCloud ou com o início de sessão no iCloud, e outra quando ele termina. Para isso, precisa da permissão do seu navegador para mostrar notificações; ele pede quando você marca a caixa e nunca a usa para mais nada.',
      asking: 'Aguardando a permissão do seu navegador…',
      on: 'As notificações estão ativadas.',
      off: 'As notificações estão desativadas.',
      denied:
        'Seu navegador não deu permissão, então as notificações continuam desativadas. Você pode marcar a caixa de novo para que ele pergunte outra vez.',
      failed:
        'Não foi possível pedir permissão ao seu navegador ({reason}). As notificações continuam desativadas.',
    },

    progress: {
      legend: 'Progresso salvo',
      hint: 'O Backup Doctor lembra quais passos você marcou e qual mensagem disse ver, para cada problema, somente neste computador.',
      clear: 'Apagar o progresso salvo…',
      confirm:
        'Esquecer todos os passos marcados e todas as respostas de todos os problemas? Não é possível desfazer.',
      confirmYes: 'Sim, apagar',
      confirmNo: 'Cancelar',
      cleared: plural({
        one: 'Progresso salvo apagado de {count} problema.',
        many: 'Progresso salvo apagado de {count} problemas.',
        other: 'Progresso salvo apagado de {count} problemas.',
      }),
      nothing: 'Não havia progresso salvo para apagar.',
      failed: 'Não foi possível apagar o progresso salvo. Tente de novo.',
    },
  },

  choices: {
    'iphone-backup-failed': '“Falha no Backup do iPhone” (ou iPad)',
    'not-enough-icloud-storage':
      '“Armazenamento Insuficiente”: não há armazenamento suficiente disponível no iCloud',
    'last-backup-not-completed': '“Não foi possível concluir o último backup.”',
    'icloud-backup-greyed-out': 'O Backup do iCloud está cinza ou não consigo ativá-lo',
    'computer-error-occurred': '“…não pôde fazer o backup do iPhone porque ocorreu um erro”',
    'computer-backup-corrupt': '“…porque o backup estava corrompido ou não era compatível”',
    'computer-iphone-disconnected': '“…porque o iPhone foi desconectado”',
    'computer-not-enough-space': '“…não há espaço livre suficiente neste computador”',
    'computer-session-failed': '“…porque a sessão de backup falhou”',
    'no-backup-no-message': 'O backup simplesmente não acontece, sem mensagem',
    'not-sure': 'Não tenho certeza',
  },

  causes: {
    'icloud-storage-full': 'armazenamento do iCloud insuficiente',
    'computer-storage-full': 'espaço insuficiente no computador',
    'device-storage-low': 'pouco espaço livre no {device}',
    network: 'a conexão de rede',
    'backup-conditions': 'as condições do backup automático (energia, Wi-Fi, bloqueado)',
    'icloud-backup-off': 'o Backup do iCloud está desativado ou cinza',
    'outdated-software': 'software desatualizado',
    'corrupt-backup': 'um backup danificado ou incompatível',
    'service-outage': 'um problema do lado da Apple',
    'apple-account': 'o início de sessão na Conta Apple',
    connection: 'a conexão do {device} com o computador',
    'security-software': 'o software de segurança do computador',
    restrictions: 'uma restrição (Tempo de Uso ou um perfil)',
  },

  channels: {
    icloud: 'Backup do iCloud',
    computer: 'Backup no computador',
    both: 'Backup do {device}',
    none: 'Backup do {device}',
  },

  devices: DEVICE_NAMES,

  computers: COMPUTER_NAMES,
  iosRanges: IOS_RANGE_NAMES,

  articles: {
    '102563': 'Apple: Se não for possível fazer backup no iCloud',
    '108366': 'Apple: Fazer backup com o iCloud',
    '108796': 'Apple: Fazer backup com o Mac',
    '108967': 'Apple: Fazer backup com um PC com Windows',
    '108770': 'Apple: O que o backup do iCloud inclui',
    '108922': 'Apple: Gerenciar o armazenamento do iCloud',
    '108353': 'Apple: Backups criptografados',
    '108809': 'Apple: Localizar backups no computador',
    '104980': 'Apple: Armazenamento temporário do iCloud para um novo dispositivo',
    '109054': 'Apple: Sobre o alerta “Confiar neste computador?”',
  },
};
