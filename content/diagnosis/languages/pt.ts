import type { Signal } from '../types';

/**
 * Portuguese, Brazil ("backup", "computador", "senha") and Portugal ("cópia de segurança",
 * "palavra-passe", "desligado" for disconnected): Apple's messages and how people write.
 */
export const PT_SIGNALS: Signal[] = [
  {
    id: 'pt-backup-failed',
    kind: 'error-message',
    patterns: [
      'falha {ptinbackup}',
      '{ptbackup} [falhou|falha|deu erro|não funciona|dá erro] [sempre|de novo]?',
      '{ptthebackup} [do|da] {device} [falhou|falha|deu erro|dá erro|não funciona]',
      // An error while doing it, with what it says between: "erro 0xE80000A ao fazer backup".
      'erro ~ ao [{ptdo}]? {ptthebackup}',
      'erro {ptinbackup}',
      'erro no meio {ptofbackup}',
    ],
    backup: 3.5,
    icloud: 1,
    example: 'Falha no backup do iPhone',
    unsure: 'the Settings suggestion wording in pt-BR and pt-PT',
    fixture: 'pt-comunidade-falha-br',
  },
  {
    id: 'pt-last-backup-not-completed',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'não foi possível concluir [o último backup|a última cópia de segurança]',
      '[o último backup|a última cópia de segurança] não pôde ser [concluído|concluída]',
    ],
    backup: 4,
    icloud: 2,
    example: 'Não foi possível concluir o último backup.',
    fixture: 'pt-apple-icloud-pt',
  },
  {
    id: 'pt-could-not-back-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'não foi possível [fazer|efetuar] {ptthebackup}',
      '{app} não [pôde|conseguiu] [fazer|efetuar] {ptthebackup}',
      'não consegue [fazer|efetuar] {ptthebackup}',
    ],
    backup: 4,
    computer: 1,
    example: 'O iTunes não pôde fazer backup do iPhone porque ocorreu um erro.',
    fixture: 'pt-comunidade-desligado-pt',
  },
  {
    // Portugal's present tense ("não é possível fazer a cópia de segurança") is iCloud's message
    // as well as the computer's: the channel comes from the words around it.
    id: 'pt-device-could-not-back-up',
    ownBackup: true,
    kind: 'error-message',
    patterns: ['não [é|era] possível [fazer|efetuar|concluir|criar|realizar] {ptthebackup}'],
    backup: 4,
    example: 'Não é possível efetuar a cópia de segurança deste iPhone.',
    unsure: "pt-PT wording of the iCloud and Finder messages, written from Apple's other strings",
    fixture: 'pt-tune-nao-e-possivel-pt',
  },
  {
    id: 'pt-cant-back-up',
    kind: 'phrase',
    patterns: [
      '[parou|deixou|pararam|deixaram] de [{ptdo}] {ptthebackup}',
      // The button that does nothing: "Fazer Backup Agora não funciona".
      '[backup agora|cópia de segurança agora] ~ [não funciona|não faz nada|nada acontece]',
      // Apple's pt-PT "se a cópia de segurança automática não for efetuada" among them.
      '{ptbackup} ~ não [foi|é|for|está a ser|está sendo] [concluído|concluída|feito|feita|efetuado|efetuada|realizado|realizada]',
      // The general model: a failed ability, a doing verb and the backup ("não dá pra fazer o
      // backup", "continuo sem conseguir concluir a cópia", "impossível criar um backup").
      '{ptneg} {ptdo} [{ptthebackup}|{ptofbackup}]',
      // The backup, then what it does wrong a few words later ("o backup do iPhone da minha mãe
      // fica travado", "a cópia de segurança automática não acontece").
      '{ptbackup} ~ {ptfails}',
      '{ptbackup} ~ [não|nunca|já não] [se]? [faz|fez|conclui|concluiu|termina|terminou|completa|acaba|funciona|funcionou|está funcionando|está a funcionar|acontece|roda|rola|dá certo|deu certo|inicia|começa|avança|anda]',
      '{ptbackup} ~ [está|tá|continua|fica|ficou] {ptstate}',
      // A bare present tense only right after the backup and where it is said: a gap would read a
      // how-to's "…protege se falha".
      '{ptbackup} [do iphone|do celular|do icloud|no icloud|automático]? [sempre|já]? [falha|falham]',
      // No room for it, wherever: "não tiver espaço suficiente para a cópia de segurança".
      '[não há|não tem|não tiver|sem] espaço [suficiente]? para {ptthebackup}',
      // The failure first: "falhou o backup", "trava a cópia no meio".
      '{ptfailverb} {ptthebackup}',
      // Apple's troubleshooting titles: "Se o iPhone não efetuar cópias de segurança".
      '{device} não [fizer|efetuar|concluir|conseguir] [fazer|efetuar]? {ptthebackup}',
      // Trying, then the error: "tento fazer o backup e aparece um erro".
      '[tento|tentei] {ptdo} {ptthebackup} ~ [erro|falha|aparece|dá|deu]',
      // None since a date: "não tenho nenhum backup no iCloud desde março".
      'não [há|tem|tenho|havia|tinha] [nenhum|nenhuma]? {ptthebackup} [no icloud|do icloud]? desde',
      // Not done: "não faz backup", "nunca fez a cópia".
      '[não|nunca|já não] [se]? [faz|fez|fazia|fazem|faz mais|efetua|efetuou|realiza|realizou|cria|criou|conclui|concluiu|termina|terminou|está fazendo|está a fazer] {ptthebackup}',
    ],
    backup: 3,
    fixture: 'pt-comunidade-nao-consigo-br',
  },
  {
    id: 'pt-icloud-storage',
    ownBackup: true,
    kind: 'error-message',
    patterns: [
      'não há armazenamento suficiente [no|em] icloud',
      'armazenamento [do|em]? icloud [está|estiver|estava]? [cheio|insuficiente]',
      'armazenamento insuficiente',
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'pt-comunidade-falha-br',
  },
  {
    id: 'pt-computer-storage',
    kind: 'error-message',
    patterns: [
      // Portugal writes "não existe espaço livre suficiente neste Mac".
      'não [há|existe] espaço livre suficiente [neste|no|nesse] [computador|mac|pc]',
      'espaço livre suficiente no computador',
      '[disco|hd] [c]? [está]? [quase]? cheio',
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'pt-comunidade-espaco-pc-br',
  },
  {
    id: 'pt-disconnected',
    kind: 'error-message',
    patterns: [
      '{device} foi [desconectado|desligado]',
      // Apple's "O iTunes não pôde se conectar a este iPhone", quoted with its code.
      '{app} não [pôde|conseguiu] [se]? [conectar|ligar]',
      '[ligação|conexão] [ao|com o] {device} [foi]? [interrompida|perdida]',
      '{device} [desconecta|desliga|perde a ligação|perde a conexão] [sozinho]? [a meio|no meio]',
    ],
    backup: 1.5,
    computer: 2,
    causes: { connection: 0.9 },
    unsure: 'pt-PT may write "foi desligado" for a disconnected device',
    fixture: 'pt-comunidade-desligado-pt',
  },
  {
    id: 'pt-backup-corrupt',
    kind: 'error-message',
    patterns: [
      '{ptbackup} está [corrompido|corrompida|danificado|danificada]',
      '[corrompido|corrompida|danificado|danificada] ou não [é|era|for] compatível',
      '{ptbackup} [estiver|estava] [corrompido|corrompida|danificado|danificada]',
      '{ptbackup} ~ [corrompido|corrompida|danificado|incompatível]',
    ],
    backup: 3.5,
    computer: 1,
    causes: { 'corrupt-backup': 0.9 },
    fixture: 'pt-comunidade-corrompido-br',
  },
  {
    id: 'pt-backup-session-failed',
    kind: 'error-message',
    patterns: ['sessão de {ptbackup} falhou'],
    backup: 3,
    computer: 2,
    causes: { connection: 0.5, 'corrupt-backup': 0.4 },
    fixture: 'pt-comunidade-sessao-pt',
  },
  {
    id: 'pt-icloud-backup-off',
    kind: 'phrase',
    patterns: [
      '[backup do icloud|cópia de segurança em icloud|cópia de segurança do icloud] [está|estava|estiver|aparece]? [cinza|desativado|desativada|desligado|desligada|a cinzento]',
      '[está|aparece] cinza',
      '{ptbackup} [do icloud]? desligou se',
      // Apple's pt-BR "esmaecido" (dimmed) and how people say greyed out, either gender.
      '[esmaecido|esmaecida|acinzentado|acinzentada]',
    ],
    backup: 1.5,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85, restrictions: 0.3 },
    fixture: 'pt-comunidade-cinza-br',
  },
  {
    // A report, not a how-to: the switch cannot be turned on, or turns itself off again.
    id: 'pt-icloud-backup-turns-off',
    kind: 'phrase',
    patterns: [
      'não [consigo|consegue|conseguir|consegui|conseguimos|dá para|dá pra] [ativar|ligar|reativar|habilitar] [o|a]? {ptbackup} [do|no|em] icloud',
      // Apple's impersonal "se não for possível ativar o Backup do iCloud", any tense.
      'não [for|é|foi|era|será|seja|está sendo] possível [ativar|ligar|reativar|habilitar] [o|a]? {ptbackup} [do|no|em] icloud',
      '{ptbackup} [do icloud]? [se]? [desativa|desativou|desliga|desligou|desativam|desligam] [se]? [sozinho|sozinha|sozinhos|automaticamente|por conta própria]',
      '[chave|opção|botão] [tá|está|fica|ficou|aparece|volta] [desligada|desligado|desativada|desativado] [de novo|outra vez|sozinha|sozinho]',
      // Found off, a discovery told in the past ("o backup automático estava desligado"), and off
      // without the owner knowing: "desativado e eu nem sabia", "desligada sem eu perceber".
      '{ptbackup} [do icloud|no icloud|em icloud|automático|automática]? [estava|ficou|tinha ficado] [desativado|desativada|desligado|desligada]',
      '[desativado|desativada|desligado|desligada] ~ [sem|não|nem] ~ [saber|sabia|soubesse|perceber|percebi|reparar|reparei|avisar|avisou]',
      '[nunca|eu não] [o|a]? [desativei|desliguei]',
    ],
    backup: 3,
    icloud: 2,
    causes: { 'icloud-backup-off': 0.85 },
    fixture: 'pt-tune-desliga-sozinha-pt',
  },
  {
    // The backup's switch greyed out, one nobody can touch: no how-to tells you to make it so. A
    // profile or a restore in progress is what greys it (Apple's article), more than the owner.
    id: 'pt-icloud-backup-greyed',
    kind: 'phrase',
    patterns: [
      '{ptbackup} [do icloud|em icloud]? [está|estiver|aparece|fica|ficou]? [desativado|desativada|desligado|desligada]? [e|ou]? [a cinzento|cinza|esmaecido|esmaecida|acinzentado|acinzentada]',
    ],
    backup: 3,
    icloud: 2,
    causes: { restrictions: 0.7, 'icloud-backup-off': 0.4 },
    fixture: 'pt-comunidade-cinza-br',
  },
  {
    id: 'pt-icloud-topic',
    kind: 'phrase',
    patterns: [
      '{ptbackup} [do]? [{ptphone}]? [no|do|em] icloud',
      // What iCloud's side does or says: "no iCloud ele começa e para", "no iCloud diz que…".
      '[no|em] icloud [ele|ela|me]? [começa|diz|aparece|dá|fica|mostra|trava|falha]',
    ],
    backup: 0.6,
    icloud: 2,
    fixture: 'pt-comunidade-nao-consigo-br',
  },
  {
    id: 'pt-computer-topic',
    kind: 'phrase',
    patterns: ['[no|do|neste|ao|pelo] [computador|mac|pc|notebook|portátil]'],
    backup: 0.3,
    computer: 1.5,
    fixture: 'pt-comunidade-sessao-pt',
  },
  {
    id: 'pt-network',
    kind: 'phrase',
    patterns: [
      '[wi fi|wifi] [aqui de casa]? [é|está]? [bem|sempre]? [instável|lento|cai|caindo|a cair]',
      'rede [lá de casa]? [às vezes]? falha',
      'ligado a uma rede [wi fi|wifi]',
      '[internet|rede|ligação|conexão] [wi fi|wifi]? [é|está]? [instável|lenta|fraca|cai]',
      '[internet|rede] [está]? [sempre|sempre a|vive]? [cair|caindo|a cair]',
      '[internet|wifi|wi fi|rede] [é|está|tá|muito] [muito]? [lenta|ruim|fraca|instável]',
      // Mobile data and a weak signal; a school's, work's or hotel's network that blocks uploads.
      '[dados móveis|dados celulares|sinal fraco|sinal ruim|outra rede|noutra rede]',
      '[rede|internet|wifi|wi fi] [da|do] [faculdade|universidade|escola|trabalho|empresa|hotel]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { network: 0.7 },
    fixture: 'pt-comunidade-nao-consigo-br',
  },
  {
    id: 'pt-conditions',
    kind: 'phrase',
    // "Bloqueado" (locked) is spelt as in Spanish: es-conditions reads it for both.
    patterns: [
      '[ligado ao carregador|conectado à energia|carregando|carrego|na tomada|ligado à corrente|a carregar]',
      'durante a noite',
      // Low Power Mode, in pt-BR and pt-PT words, pauses backups.
      '[pouca energia|baixo consumo|economia de energia|poupança de energia|bateria fraca|bateria baixa]',
    ],
    backup: 0.3,
    icloud: 0.5,
    causes: { 'backup-conditions': 0.5 },
    fixture: 'pt-neg-apple-backup-br',
  },
  {
    id: 'pt-account',
    kind: 'phrase',
    patterns: [
      'iniciar sessão',
      '[senha|palavra passe] [da|do] [conta apple|id apple]',
      'fazer login',
      // iOS's banner, pt-BR "ajustes" and pt-PT "definições".
      'atualizar [ajustes|definições] da conta apple',
      // A card that expired or was declined drops the paid iCloud plan.
      '[forma de pagamento|cartão] ~ [expirou|venceu|recusado]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'pt-comunidade-senha-pt',
  },
  {
    id: 'pt-outdated',
    kind: 'phrase',
    patterns: [
      '[atualize|atualizei|atualizar|atualização] [para o ios|o macos|o itunes]?',
      'versão mais recente',
      '[{ptcomputer}|itunes|ios] [tão|muito]? [antigo|velho|antiga|velha|desatualizado]',
      // The phone called old, not "o iPhone antigo" of a move to a new one.
      '{ptphone} [tão|muito|é|já é] [muito]? [antigo|velho|antiga|velha]',
      '{ptphone} [velhinho|velhinha|desatualizado]',
      // A device left on an old iOS: "ficou no iOS 15", "preso no iOS 12".
      '[ficou|preso|presa] no ios',
      '[versão antiga|desatualizado|desatualizada]',
      // An old Windows by name.
      '[com|tem|tenho|no] windows [7|8|xp|vista]',
      'macos [catalina|mojave|big sur|high sierra]',
    ],
    backup: 0,
    causes: { 'outdated-software': 0.6 },
    fixture: 'pt-comunidade-nao-consigo-br',
  },
  {
    id: 'pt-connection',
    kind: 'phrase',
    patterns: ['[cabo|porta usb|cabo usb|hub]', 'confiar [neste computador]?'],
    backup: 0.4,
    computer: 1.5,
    causes: { connection: 0.7 },
    fixture: 'pt-apple-computador-br',
  },
  {
    id: 'pt-security',
    kind: 'phrase',
    patterns: ['[antivírus|software de segurança]'],
    backup: 0.4,
    computer: 1.5,
    causes: { 'security-software': 0.8 },
    fixture: 'pt-comunidade-desligado-pt',
  },
  {
    id: 'pt-restrictions',
    kind: 'phrase',
    // A school's or company's managed device: "supervisionado e gerido pelo agrupamento".
    patterns: [
      '[tempo de uso|tempo de ecrã|perfil de configuração|restrições|supervisionado|supervisionada]',
      '[gerido|gerida|gerenciado|gerenciada|bloqueado|bloqueada] [pela|pelo] [escola|empresa|administrador|agrupamento|colégio]',
    ],
    backup: 0.4,
    causes: { restrictions: 0.8 },
    fixture: 'pt-comunidade-cinza-br',
  },
  {
    id: 'pt-restore',
    kind: 'phrase',
    patterns: [
      '[restaurar|restauração|restaurando]',
      'não foi possível restaurar',
      'modo de recuperação',
    ],
    backup: -1.5,
    fixture: 'pt-neg-restaurar-pt',
  },
  {
    id: 'pt-update-failed',
    kind: 'phrase',
    patterns: ['não foi possível verificar a atualização', 'atualização falhou'],
    backup: -2.5,
    fixture: 'pt-neg-atualizar-br',
  },
  {
    id: 'pt-how-to',
    kind: 'phrase',
    patterns: ['como fazer {ptthebackup}', 'neste guia', 'passo a passo'],
    backup: -1.5,
    fixture: 'pt-neg-guia-passos',
  },
  {
    id: 'pt-backup-not-saved',
    kind: 'error-message',
    patterns: [
      '{ptthebackup} não pôde ser [salvo|salva|concluído|concluída|feito|feita|criado|criada|guardado|guardada]',
      'não foi possível [salvar|concluir|guardar] {ptthebackup}',
    ],
    backup: 3.5,
    example: 'O backup não pôde ser salvo.',
    unsure:
      "written from Apple's wording in other messages; the exact string of this one is not confirmed",
    fixture: 'pt-community-space-computer',
  },
  {
    // Storage words near iCloud, however the sentence runs.
    id: 'pt-icloud-space',
    kind: 'phrase',
    patterns: [
      // Portugal's infinitive too: "por não haver espaço suficiente em iCloud".
      '[não há|não existe|não haver|não tem|não ter|não tenho|sem|falta] [mais]? [espaço|armazenamento] [suficiente]? ~ icloud',
      // iCloud named first: "No iCloud diz que não há armazenamento suficiente".
      'icloud ~ [não há|não tem|sem] [espaço|armazenamento]',
      '[espaço|armazenamento] [no|do] icloud [está]? [cheio|insuficiente]',
      // Out of iCloud space, as people say it: the free 5 GB.
      'icloud [está]? [quase]? [cheio|lotado|lotou|encheu|sem espaço|no limite|completo]',
      'plano [gratuito|grátis]',
      // The backup bigger than the plan: "só tenho 50 GB e o backup precisa de 68".
      '{ptthebackup} precisa de #num',
    ],
    backup: 1,
    icloud: 2,
    causes: { 'icloud-storage-full': 0.9 },
    fixture: 'pt-community-space-icloud',
  },
  {
    // Space words near the computer's, however the sentence runs.
    id: 'pt-computer-space',
    kind: 'phrase',
    patterns: [
      '[não há|não existe|não haver|não tem|não ter|não tenho|sem|falta|falta de] [espaço|armazenamento] [suficiente|livre]? ~ [computador|mac|pc|disco]',
      '[mac|computador|pc|disco] [está]? [cheio|sem espaço]',
      // The disk or the machine, however it is named: "o disco do Mac está quase cheio".
      'disco [rígido]? [do|do meu]? [{ptcomputer}]? [está|tá]? [quase]? [cheio|lotado|sem espaço]',
      '[hd|{ptcomputer}] [está|tá] [quase]? [cheio|lotado|sem espaço]',
      '[pouco|sem] espaço [livre]? [em|no|do] [disco|{ptcomputer}]',
    ],
    backup: 2.2,
    computer: 2,
    causes: { 'computer-storage-full': 0.9 },
    fixture: 'pt-community-space-computer',
  },
  {
    // The iPhone's own storage: iOS's "Armazenamento do iPhone quase cheio" and how people say it.
    id: 'pt-device-storage',
    kind: 'phrase',
    patterns: [
      '[armazenamento|memória] [do|do meu] {ptphone} [está|estiver|tá]? [quase]? [cheio|cheia]',
      '{ptphone} [está|tá|com] [com]? [a]? [memória]? [quase]? [cheio|cheia|lotado|sem espaço]',
      '{ptphone} [cheio|lotado|sem espaço|encheu|lotou]',
      '{ptphone} [tem|com|está com|tá com] [muito]? [pouco|pouca] [espaço|memória]',
      '[mb|mega] [livres|sobrando]',
    ],
    backup: 0.8,
    causes: { 'device-storage-low': 0.85 },
    fixture: 'pt-tune-armazenamento-iphone',
  },
  {
    // A report of trying ("tentei fazer backup"): a how-to says "tente".
    id: 'pt-tried-backup',
    kind: 'phrase',
    patterns: ['[tentei|tento|tentando|tentava|já tentei] {ptdo} {ptthebackup}'],
    backup: 1,
    fixture: 'pt-tune-mac-nao-faz-backup',
  },
  {
    // The computer or its app as the subject that cannot: "o Mac já não consegue fazer a cópia".
    id: 'pt-computer-cant-back-up',
    kind: 'phrase',
    patterns: [
      '[{ptcomputer}|{app}] [não|já não] [faz|fez|consegue fazer|consegue efetuar|deixa fazer] {ptthebackup}',
      // Not seeing the phone it should back up: "não reconhece o iPhone para fazer backup".
      'não [reconhece|deteta|detecta] ~ para [{ptdo}]? {ptthebackup}',
    ],
    backup: 3,
    computer: 2,
    fixture: 'pt-tune-mac-nao-faz-backup',
  },
  {
    // Restoring from a backup that stalls is a restore, not a failing backup.
    id: 'pt-restore-stuck',
    kind: 'phrase',
    patterns: [
      '[restaurar|restauração|restaurando] [do|da|de|a partir do|a partir da] {ptthebackup} ~ {ptfails}',
    ],
    backup: -4,
    fixture: 'pt-tune-neg-restaurar-travado',
  },
  {
    // What a backup leaves out, a how-to's rule: "não se faz backup dos dados que já estão no
    // iCloud" is no report of a failure.
    id: 'pt-not-included',
    kind: 'phrase',
    patterns: [
      '[não se faz|não faz|não inclui|não incluem] {ptthebackup} [de|dos|das] [dados|fotos|mensagens|apps]',
    ],
    backup: -4,
    fixture: 'pt-tune-neg-nao-inclui',
  },
  {
    // Another app's backup, after the noun or as the subject ("o Viber não faz backup"): its
    // failure is not the iPhone's.
    id: 'pt-other-app-backup',
    kind: 'phrase',
    patterns: [
      '{ptbackup} [do|da|de|no] [viber|line|signal|telegram|wechat|google]',
      // A chat app's backup of its chats: "a cópia de segurança das conversas".
      '{ptbackup} [das|dos|de] [conversas|chats]',
      '[viber|line|signal|telegram|wechat|whatsapp] [não|já não] [faz|fez|conclui] {ptthebackup}',
    ],
    backup: -4,
    passing: true,
    fixture: 'pt-tune-neg-viber',
  },
  {
    id: 'pt-account-sign-in-out',
    kind: 'phrase',
    patterns: [
      '[senha|palavra passe] [da|do|de]? [minha|meu|sua]? [conta apple|id apple|apple id]',
      '[sair|saí|saiu|desconectado|desconectada|terminar sessão|terminei sessão] ~ [conta apple|id apple|icloud]',
      '[entrar|entre|iniciar sessão|inicie sessão] [de novo|novamente]',
    ],
    backup: 0.4,
    icloud: 1,
    causes: { 'apple-account': 0.8 },
    fixture: 'pt-community-account-out',
  },
  {
    id: 'pt-backup-stopped',
    kind: 'phrase',
    patterns: [
      '{ptbackup} [do|no|em|para o] icloud [falha|falhou|parou|não funciona|deu erro|fica travado|trava|travou|nunca termina|não termina]',
      '{ptbackup} [automático|automática]? [parou|travou|fica travado|está travado] [de funcionar|de acontecer|de ser feito|de ser feita]?',
      '{ptbackup} [automático|automática]? [do icloud]? não [roda|acontece|está rodando|é feito|é feita|faz mais]',
      // Verb first: "o app trava o backup", "interrompe a cópia".
      '[trava|travou|interrompe] {ptthebackup}',
    ],
    backup: 3,
    fixture: 'pt-community-account-out',
  },
  {
    // The last backup long ago says less than a failure message: a how-to may say it too.
    id: 'pt-last-backup-long-ago',
    kind: 'phrase',
    patterns: [
      '[último backup|última cópia|última cópia de segurança] [foi|é|era] [de]? [há|em]',
      // "era de 8 meses atrás".
      '[último backup|última cópia|última cópia de segurança] [foi|é|era] ~ atrás',
    ],
    backup: 1.5,
    icloud: 1,
    fixture: 'pt-tune-ultima-copia-pt',
  },
  {
    // A conditional in a how-to ("if the backup fails, ...") is no failure by itself: it cancels
    // what its words score, and counts a third beside Apple's own message.
    id: 'pt-if-backup-fails',
    kind: 'phrase',
    patterns: [
      'se {ptthebackup} [falhar|falha|não funcionar|não terminar|não for concluído|não for concluída|travar]',
    ],
    backup: -3.5,
    passing: true,
    fixture: 'pt-tune-neg-guia-sem-wifi',
  },
  {
    // A how-to's condition: "não é possível fazer o backup sem uma rede Wi-Fi" is no report.
    id: 'pt-cannot-without',
    kind: 'phrase',
    patterns: ['não [é|será] possível [fazer|efetuar] {ptthebackup} [sem|se não|enquanto]'],
    backup: -4.5,
    fixture: 'pt-tune-neg-guia-sem-wifi',
  },
];
