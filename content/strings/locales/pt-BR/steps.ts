import type { StepCatalog } from '../../catalog';

/** Labels as Apple's Brazilian Portuguese software shows them (title case, as iOS writes them). */
const STORAGE_16 = 'Ajustes > [seu nome] > iCloud > Gerenciar Armazenamento da Conta';
const STORAGE_11 = 'Ajustes > [seu nome] > iCloud > Gerenciar Armazenamento';
const STORAGE_10_3 =
  'Ajustes > [seu nome] > iCloud > Armazenamento do iCloud > Gerenciar Armazenamento';
const STORAGE_10_2 = 'Ajustes > iCloud > Armazenamento > Gerenciar Armazenamento';

const BACKUP = 'Ajustes > [seu nome] > iCloud > Backup do iCloud';
const BACKUP_10_2 = 'Ajustes > iCloud > Backup';

const TURN_ON_OLD = [
  'Ative o Backup do iCloud.',
  'Se o botão estiver cinza, talvez uma restauração ainda esteja em andamento: aguarde até terminar.',
];

const SIZE_OLD = [
  'Em Backups, toque neste {device}.',
  'Espere o Tamanho do Próximo Backup aparecer e compare com o espaço disponível no iCloud.',
];

const UPGRADE_BEFORE_15 = [
  'Se deixar apps de fora não bastar, escolha um plano de armazenamento do iCloud maior (o plano gratuito tem 5 GB). Tudo o que você tem é mantido.',
];

const STATUS_PAGE = 'Página Status do Sistema da Apple (apple.com/support/systemstatus)';

const TRUST_ALERT =
  'Quando aparecer “Confiar neste computador?”, toque em Confiar e digite o seu código.';
const CONNECT_UNLOCK = 'Conecte o {device}, desbloqueie-o e fique na Tela de Início.';

const BACKUP_LIST = {
  any: 'A lista de backups no Finder (Mac) ou no app Dispositivos Apple ou iTunes (Windows)',
  finder:
    'Finder > [{device}] na barra lateral > Geral > Gerenciar Backups (pasta: ~/Library/Application Support/MobileSync/Backup/)',
  itunes:
    'iTunes > Preferências > Dispositivos (pasta: ~/Library/Application Support/MobileSync/Backup/)',
  windows:
    'Dispositivos Apple > [{device}] > Geral > Gerenciar Backups, ou iTunes > Editar > Preferências > Dispositivos (pasta: %USERPROFILE%\\Apple\\MobileSync\\Backup\\ para o app Dispositivos Apple ou o iTunes da Microsoft Store, %APPDATA%\\Apple Computer\\MobileSync\\Backup\\ para o iTunes do site da Apple)',
} as const;

const IN_BACKUP_LIST = {
  'mac-finder': { where: BACKUP_LIST.finder },
  'mac-itunes': { where: BACKUP_LIST.itunes },
  windows: { where: BACKUP_LIST.windows },
};

const COPY_NEVER_MOVE =
  'Copie, nunca mova: uma cópia só serve para restaurar depois de copiada de volta, sem alterações, para a pasta de backups.';

const REPLACE_DELETE_OLD =
  'Quando o backup criptografado deste {device} no computador terminar, toque neste {device} em Backups e apague o backup dele.';

/** Brazilian Portuguese: the fix steps, in the shape of their English text (stepWords). */
export const STEPS: StepCatalog = {
  steps: {
    'check-apple-status': {
      title: 'Verifique se o serviço Backup do iCloud da Apple está funcionando',
      instructions: [
        'Abra a página Status do Sistema da Apple e procure Backup do iCloud e Conta e Início de Sessão do iCloud.',
        'Se algum deles mostrar um problema ou uma interrupção, o problema é da Apple: aguarde e tente de novo mais tarde.',
      ],
      where: STATUS_PAGE,
      check: 'Os dois serviços aparecem como disponíveis.',
    },
    'wait-for-apple': {
      title: 'Aguarde a Apple corrigir o problema e tente de novo',
      instructions: [
        'Não é preciso mudar nada no seu {device} enquanto o serviço da Apple estiver com problema.',
        'Deixe o Backup do iCloud ativado; o backup automático tenta de novo sozinho.',
        'Quando a página Status do Sistema mostrar o Backup do iCloud como disponível, faça o backup de novo.',
      ],
      where: STATUS_PAGE,
      check: 'O Backup do iCloud aparece como disponível e um backup é concluído.',
    },
    'restart-device': {
      title: 'Reinicie o {device}',
      instructions: [
        'Toque em Desligar e arraste o controle, ou mantenha pressionado o botão lateral ou superior (junto com um dos botões de volume se o seu {device} não tiver botão de Início) até o controle aparecer.',
        'Espere 30 segundos e mantenha pressionado o botão lateral ou superior até o logotipo da Apple aparecer.',
        'Desbloqueie-o uma vez depois que ele ligar e tente o backup de novo.',
      ],
      where: 'Ajustes > Geral > Desligar',
      check: 'Depois de reiniciar, o backup começa e não para com a mesma mensagem.',
      ios: [
        {
          instructions: [
            'Mantenha pressionado o botão Repousar/Despertar (na parte superior ou lateral) até o controle aparecer e arraste-o.',
            'Espere 30 segundos e mantenha pressionado o botão Repousar/Despertar até o logotipo da Apple aparecer.',
            'Desbloqueie-o uma vez depois que ele ligar e tente o backup de novo.',
          ],
          where: 'O botão Repousar/Despertar, na parte superior ou lateral',
        },
      ],
    },
    'device-free-space': {
      title: 'Libere espaço no {device}',
      instructions: [
        'Abra Armazenamento do {device} e espere a lista carregar.',
        'Siga as recomendações, como remover apps que você quase não usa: remover um app mantém os documentos e dados dele.',
        'Apague vídeos grandes ou downloads de que você não precisa mais.',
      ],
      where: 'Ajustes > Geral > Armazenamento do {device}',
      check: 'A barra no topo mostra pelo menos alguns GB livres.',
      caution:
        'O que você apagar sai do {device}: guarde uma cópia de qualquer vídeo ou arquivo que queira manter. Remover um app mantém os dados dele.',
      ios: [
        {
          instructions: [
            'Abra Gerenciar Armazenamento em Armazenamento (não em iCloud) e espere a lista carregar.',
            'Toque em um app que você não usa mais e apague-o, ou apague vídeos grandes ou downloads de que você não precisa mais.',
          ],
          where: 'Ajustes > Geral > Armazenamento e Uso do iCloud > Gerenciar Armazenamento',
          caution:
            'O que você apagar sai do {device}: guarde uma cópia de qualquer vídeo ou arquivo que queira manter. Apagar um app apaga os dados dele.',
        },
      ],
    },
    'update-ios': {
      title: 'Atualize o software do {device}',
      instructions: [
        'Conecte-se a uma rede Wi-Fi e à energia.',
        'Instale qualquer atualização que aparecer e deixe o {device} reiniciar.',
      ],
      where: 'Ajustes > Geral > Atualização de Software',
      check: 'Atualização de Software não mostra nenhuma atualização pendente.',
    },
    'account-check-signin': {
      title: 'Verifique se você iniciou sessão na sua Conta Apple',
      instructions: [
        'Abra Ajustes e toque no seu nome, no topo.',
        'Se uma mensagem pedir para iniciar sessão de novo, verificar seu e-mail ou aceitar novos termos, faça isso.',
        'Digite a senha da sua Conta Apple quando for solicitada.',
      ],
      where: 'Ajustes > [seu nome]',
      check:
        'Seu nome aparece sem indicador vermelho nem mensagem de início de sessão, e o iCloud abre.',
      ios: [
        {
          instructions: [
            'Abra Ajustes e toque em iCloud.',
            'Se uma mensagem pedir para iniciar sessão de novo, verificar seu e-mail ou aceitar novos termos, faça isso.',
            'Digite a senha do seu ID Apple quando for solicitada.',
          ],
          where: 'Ajustes > iCloud',
          check: 'Sua conta aparece sem mensagem de início de sessão.',
        },
      ],
    },
    'account-sign-out-in': {
      title: 'Saia do iCloud e inicie sessão de novo',
      instructions: [
        'Toque em Sair e digite a senha da sua Conta Apple para desativar o Buscar.',
        'Escolha de quais dados manter uma cópia neste {device} (como Contatos e Calendários) e saia.',
        'Reinicie o {device} e inicie sessão de novo com a mesma Conta Apple.',
      ],
      where: 'Ajustes > [seu nome] > Sair',
      check: 'Depois de iniciar sessão, o Backup do iCloud está ativado e um backup é concluído.',
      caution:
        'Ao sair, este {device} deixa de ter o que fica só no iCloud, como as Fotos do iCloud e os arquivos do iCloud Drive, e os dados dos quais você não mantiver uma cópia. Tudo continua no iCloud e volta quando você inicia sessão. Você precisa da senha da sua Conta Apple.',
      ios: [
        {
          instructions: [
            'Toque em Sair e digite a senha do seu ID Apple para desativar o Buscar {device}.',
            'Escolha o que manter neste {device} (como Contatos e Calendários) e saia.',
            'Reinicie o {device} e inicie sessão de novo com o mesmo ID Apple.',
          ],
          where: 'Ajustes > iCloud > Sair',
          caution:
            'Ao sair, este {device} deixa de ter o que fica só no iCloud, como a Fototeca do iCloud e os arquivos do iCloud Drive, e os dados que você não mantiver. Tudo continua no iCloud e volta quando você inicia sessão. Você precisa da senha do seu ID Apple.',
        },
      ],
    },
    'check-screen-time': {
      title: 'Permita alterações de conta no Tempo de Uso',
      instructions: [
        'Abra Restrições de Conteúdo e Privacidade.',
        'Em Alterações de Conta, escolha Permitir (talvez seja preciso o código do Tempo de Uso).',
      ],
      where: 'Ajustes > Tempo de Uso > Restrições de Conteúdo e Privacidade > Alterações de Conta',
      check: 'O botão do Backup do iCloud não está mais cinza.',
      ios: [
        {
          instructions: [
            'Abra Restrições de Conteúdo e Privacidade (no iOS 11: Restrições).',
            'Em Alterações de Conta (Contas), escolha Permitir (talvez seja preciso o código).',
          ],
          where:
            'Ajustes > Tempo de Uso > Restrições de Conteúdo e Privacidade > Alterações de Conta (iOS 11: Ajustes > Geral > Restrições > Contas)',
        },
        {
          instructions: [
            'Abra Restrições e digite o código de restrições.',
            'Em Contas, escolha Permitir Alterações.',
          ],
          where: 'Ajustes > Geral > Restrições > Contas',
        },
      ],
    },
    'check-profiles': {
      title: 'Procure um perfil do trabalho ou da escola que bloqueie o backup',
      instructions: [
        'Procure um perfil de configuração ou um gerenciamento de dispositivo de uma escola ou empresa.',
        'Se houver um, pergunte a quem o gerencia se ele desativa o Backup do iCloud.',
      ],
      where: 'Ajustes > Geral > VPN e Gerenciamento de Dispositivos',
      check: 'Nenhum perfil restringe os backups, ou a organização os permitiu.',
      caution: 'Não remova um perfil do trabalho ou da escola sem perguntar ao administrador.',
      ios: [
        {
          where: 'Ajustes > Geral > Perfis (ou Perfis e Gerenciamento de Dispositivos)',
        },
      ],
    },
    'reset-network-settings': {
      title: 'Redefina os ajustes de rede',
      instructions: [
        'Escolha Redefinir, depois Redefinir Ajustes de Rede, e digite o seu código.',
        'Depois que o {device} reiniciar, conecte-se de novo à sua rede Wi-Fi e tente o backup.',
      ],
      where:
        'Ajustes > Geral > Transferir ou Redefinir o {device} > Redefinir > Redefinir Ajustes de Rede',
      check: 'O {device} se conecta de novo ao Wi-Fi e o backup é concluído.',
      caution:
        'Isso esquece todas as redes Wi-Fi salvas e suas senhas, os ajustes de VPN e de dados celulares, e os computadores em que este {device} confiava. Tenha a senha do Wi-Fi à mão. Seus dados são mantidos.',
      ios: [
        {
          where: 'Ajustes > Geral > Redefinir > Redefinir Ajustes de Rede',
        },
      ],
    },
    'icloud-turn-on-backup': {
      title: 'Ative o Backup do iCloud',
      instructions: [
        'Ative Fazer Backup Deste {device}.',
        'Se o botão estiver cinza, talvez uma restauração ainda esteja em andamento (uma barra de progresso aparece abaixo dele): aguarde até terminar.',
      ],
      where: BACKUP,
      check: 'O botão está ativado e Fazer Backup Agora aparece abaixo dele.',
      ios: [{ instructions: TURN_ON_OLD }, { instructions: TURN_ON_OLD, where: BACKUP_10_2 }],
    },
    'icloud-backup-conditions': {
      title: 'Dê ao backup automático aquilo de que ele precisa',
      instructions: [
        'O backup diário do iCloud só é feito quando o {device} está ligado à energia, conectado ao Wi-Fi e bloqueado.',
        'Deixe-o carregando durante a noite, no Wi-Fi e com a tela bloqueada.',
      ],
      where: BACKUP,
      check: 'Na manhã seguinte, o último backup bem-sucedido mostra um horário da noite anterior.',
      ios: [{ where: BACKUP_10_2 }],
    },
    'network-wifi-check': {
      title: 'Use uma rede Wi-Fi que funcione',
      instructions: [
        'Conecte-se a uma rede Wi-Fi de confiança e abra um site no Safari para verificar se ele carrega.',
        'Evite redes com página de login (hotéis, trens) e desative qualquer VPN durante o backup.',
        'Se o seu {device} tem 5G, Backup Pela Rede Celular (nos ajustes do Backup do iCloud) faz o backup sem Wi-Fi onde a sua operadora permitir. Isso usa dados celulares.',
      ],
      where: 'Ajustes > Wi-Fi',
      check: 'Um site carrega no Safari na mesma rede.',
      ios: [
        {
          instructions: [
            'Conecte-se a uma rede Wi-Fi de confiança e abra um site no Safari para verificar se ele carrega.',
            'Evite redes com página de login (hotéis, trens) e desative qualquer VPN durante o backup.',
          ],
        },
      ],
    },
    'icloud-check-backup-size': {
      title: 'Compare o tamanho do próximo backup com o seu espaço livre no iCloud',
      instructions: [
        'Abra Backups e toque neste {device}.',
        'Espere o Tamanho do Próximo Backup aparecer e compare com o espaço livre mostrado no topo do iCloud.',
      ],
      where: `${STORAGE_16} > Backups`,
      check: 'Você sabe quanto espaço falta (ou que há espaço suficiente).',
      ios: [
        { where: `${STORAGE_11} > Backups` },
        { instructions: SIZE_OLD, where: STORAGE_10_3 },
        { instructions: SIZE_OLD, where: STORAGE_10_2 },
      ],
    },
    'icloud-trim-backup': {
      title: 'Deixe apps grandes fora do backup',
      instructions: [
        'No backup deste {device}, desative os apps cujos dados não precisam entrar no backup (por exemplo, apps que já guardam os dados on-line).',
        'O que o iCloud já guarda, como Fotos do iCloud, iCloud Drive e Mail, nunca entra em um backup: desativar aqui não economiza nada.',
      ],
      where: `${STORAGE_16} > Backups > [este {device}]`,
      check: 'O Tamanho do Próximo Backup agora é menor que o seu espaço livre no iCloud.',
      caution:
        'Desativar um app apaga os dados dele do backup do iCloud. Os dados continuam no {device} e voltam para o backup se você ativar o app de novo.',
      ios: [
        { where: `${STORAGE_11} > Backups > [este {device}]` },
        { where: `${STORAGE_10_3} > [este {device}]` },
        { where: `${STORAGE_10_2} > [este {device}]` },
      ],
    },
    'icloud-upgrade-storage': {
      title: 'Obtenha mais armazenamento do iCloud',
      instructions: [
        'Se deixar apps de fora não bastar, escolha um plano do iCloud+ maior (o plano gratuito tem 5 GB). Tudo o que você tem é mantido.',
        'Vai ganhar ou comprar um {device} novo? Preparar para Novo {device} (em Transferir ou Redefinir o {device}) empresta armazenamento gratuito do iCloud para um backup completo, mantido por 21 dias.',
      ],
      where: `${STORAGE_16} > Alterar Plano de Armazenamento`,
      check: 'O total no topo do iCloud mostra o novo plano.',
      ios: [
        { where: `${STORAGE_11} > Alterar Plano de Armazenamento` },
        {
          instructions: UPGRADE_BEFORE_15,
          where: `${STORAGE_11} > Alterar Plano de Armazenamento`,
        },
        {
          instructions: UPGRADE_BEFORE_15,
          where:
            'Ajustes > [seu nome] > iCloud > Armazenamento do iCloud > Alterar Plano de Armazenamento',
        },
        {
          instructions: UPGRADE_BEFORE_15,
          where: 'Ajustes > iCloud > Armazenamento > Alterar Plano de Armazenamento',
        },
      ],
    },
    'icloud-free-space': {
      title: 'Libere espaço no iCloud',
      instructions: [
        'Veja o que ocupa o seu armazenamento do iCloud e apague aquilo de que você não precisa mais: arquivos grandes no iCloud Drive, anexos antigos do Mail ou fotos que você já guardou em outro lugar.',
        'Backups de dispositivos que você não tem mais também ocupam espaço. Apague um só quando tiver certeza de que nunca vai restaurar a partir dele.',
      ],
      where: STORAGE_16,
      check: 'O espaço livre no topo do iCloud é maior que o Tamanho do Próximo Backup.',
      caution:
        'O que você apaga do iCloud sai de todos os dispositivos conectados a ele. Um backup apagado não pode ser recuperado: nunca apague o backup de um dispositivo que você talvez ainda precise restaurar.',
      ios: [{ where: STORAGE_11 }, { where: STORAGE_10_3 }, { where: STORAGE_10_2 }],
    },
    'icloud-replace-damaged-backup': {
      title: 'Substitua um backup do iCloud danificado por um novo',
      instructions: [
        'Quando o backup criptografado deste {device} no computador terminar, abra Backups, toque neste {device} e apague o backup dele.',
        'Apagar o backup também desativa o Backup do iCloud: ative Fazer Backup Deste {device} de novo em Backup do iCloud.',
        'Toque em Fazer Backup Agora ali; um backup novo e completo é feito.',
      ],
      where: `${STORAGE_16} > Backups > [este {device}]`,
      check: 'O novo backup do iCloud é concluído e mostra a data de hoje.',
      caution:
        'Apagar o backup do iCloud não pode ser desfeito. Faça isso só depois que um backup criptografado deste {device} em um computador tiver terminado (um backup sem criptografia deixa de fora as senhas e os dados do app Saúde), e nunca se você ainda puder precisar desse backup do iCloud para restaurar.',
      ios: [
        {
          instructions: [
            'Quando o backup criptografado deste {device} no computador terminar, abra Backups, toque neste {device} e apague o backup dele.',
            'Apagar o backup também desativa o Backup do iCloud: ative-o de novo em Backup do iCloud.',
            'Toque em Fazer Backup Agora ali; um backup novo e completo é feito.',
          ],
          where: `${STORAGE_11} > Backups > [este {device}]`,
        },
        {
          instructions: [
            REPLACE_DELETE_OLD,
            'Apagar o backup também desativa o Backup do iCloud: ative-o de novo em Backup do iCloud.',
            'Toque em Fazer Backup Agora ali; um backup novo e completo é feito.',
          ],
          where: `${STORAGE_10_3} > [este {device}]`,
        },
        {
          instructions: [
            REPLACE_DELETE_OLD,
            'Apagar o backup também desativa o Backup do iCloud: ative-o de novo em Ajustes > iCloud > Backup.',
            'Toque em Fazer Backup Agora ali; um backup novo e completo é feito.',
          ],
          where: `${STORAGE_10_2} > [este {device}]`,
        },
      ],
    },
    'icloud-back-up-now': {
      title: 'Faça backup no iCloud agora',
      instructions: [
        'Fique no Wi-Fi, toque em Fazer Backup Agora e mantenha o {device} conectado até terminar.',
      ],
      where: `${BACKUP} > Fazer Backup Agora`,
      check: 'Abaixo do botão, o último backup bem-sucedido mostra o horário atual.',
      ios: [{ where: `${BACKUP_10_2} > Fazer Backup Agora` }],
    },
    'connection-unlock-trust': {
      title: 'Desbloqueie o {device} e confie no computador',
      instructions: [
        CONNECT_UNLOCK,
        TRUST_ALERT,
        'Se o computador também perguntar, clique em Confiar (Finder, Dispositivos Apple) ou Continuar (iTunes).',
      ],
      where: 'No {device}: o alerta “Confiar neste computador?”; depois, no computador',
      check: 'O {device} aparece no Finder (Mac) ou no app Dispositivos Apple ou iTunes (Windows).',
      computer: {
        'mac-finder': {
          instructions: [
            CONNECT_UNLOCK,
            TRUST_ALERT,
            'Se o Finder perguntar se deseja confiar no {device}, clique em Confiar.',
          ],
          check: 'O {device} aparece na barra lateral do Finder, em Locais.',
        },
        'mac-itunes': {
          instructions: [
            CONNECT_UNLOCK,
            TRUST_ALERT,
            'Se o iTunes perguntar se deseja permitir que este computador acesse o {device}, clique em Continuar.',
          ],
          check: 'O botão do {device} aparece perto do canto superior esquerdo do iTunes.',
        },
        windows: {
          instructions: [
            CONNECT_UNLOCK,
            TRUST_ALERT,
            'Se o app Dispositivos Apple também perguntar, clique em Confiar; se o iTunes perguntar se deseja permitir o acesso, clique em Continuar.',
          ],
          check:
            'O {device} aparece na barra lateral do app Dispositivos Apple, ou como um botão no iTunes.',
        },
      },
    },
    'connection-cable-port': {
      title: 'Tente outro cabo e outra porta USB',
      instructions: [
        'Ligue o cabo direto no computador, não em um hub ou no teclado.',
        'Tente outra porta USB e, se tiver, outro cabo da Apple ou certificado.',
      ],
      where: 'O cabo e as portas USB do computador',
      check: 'O {device} fica conectado durante todo o backup.',
      computer: { 'mac-finder': {}, 'mac-itunes': {}, windows: {} },
    },
    'restart-computer': {
      title: 'Reinicie o computador',
      instructions: ['Salve o seu trabalho, reinicie o computador e conecte o {device} de novo.'],
      where: 'O comando de reiniciar do computador',
      check: 'Depois de reiniciar, o {device} se conecta e o backup começa.',
      computer: {
        'mac-finder': { where: 'Menu Apple > Reiniciar' },
        'mac-itunes': { where: 'Menu Apple > Reiniciar' },
        windows: { where: 'Iniciar > Energia > Reiniciar' },
      },
    },
    'update-computer': {
      title: 'Atualize o computador e o app de backup',
      instructions: [
        'Instale as atualizações mais recentes do computador e do app que faz o backup do {device}.',
      ],
      where: 'Os ajustes de atualização de software do computador',
      check: 'Não há atualizações pendentes e o app reconhece o {device}.',
      computer: {
        'mac-finder': {
          instructions: [
            'Instale qualquer atualização do macOS que aparecer. O Finder é atualizado com o macOS.',
          ],
          where:
            'Menu Apple > Ajustes do Sistema > Geral > Atualização de Software (macOS 12 ou anterior: Preferências do Sistema > Atualização de Software)',
        },
        'mac-itunes': {
          instructions: ['Instale qualquer atualização do macOS e do iTunes que aparecer.'],
          where:
            'Menu Apple > Preferências do Sistema > Atualização de Software (macOS 10.13 ou anterior: App Store > Atualizações)',
        },
        windows: {
          instructions: [
            'Execute o Windows Update e instale o que ele oferecer.',
            'Atualize o app Dispositivos Apple (ou o iTunes da Microsoft Store) na Biblioteca da Microsoft Store com Obter atualizações. O iTunes do site da Apple é atualizado em Ajuda > Buscar Atualizações.',
          ],
          where:
            'Windows 11: Iniciar > Configurações > Windows Update; Windows 10: Iniciar > Configurações > Atualização e Segurança > Windows Update',
        },
      },
    },
    'computer-free-space': {
      title: 'Libere espaço no computador',
      instructions: [
        'Um backup no computador precisa de mais ou menos tanto espaço livre quanto o {device} usa.',
        'Esvazie a Lixeira e mova seus vídeos grandes ou downloads para outro disco.',
      ],
      where: 'Os ajustes de armazenamento do computador',
      check: 'O espaço livre no computador é maior que o espaço usado no {device}.',
      computer: {
        'mac-finder': {
          where:
            'Menu Apple > Ajustes do Sistema > Geral > Armazenamento (macOS 12 ou anterior: menu Apple > Sobre Este Mac > Armazenamento)',
        },
        'mac-itunes': { where: 'Menu Apple > Sobre Este Mac > Armazenamento' },
        windows: { where: 'Iniciar > Configurações > Sistema > Armazenamento' },
      },
    },
    'computer-remove-old-backups': {
      title: 'Apague backups antigos de que você não precisa mais',
      instructions: [
        'Abra a lista de backups e encontre os de dispositivos que você não usa mais.',
        'Para manter um, primeiro copie a pasta inteira dele para outro disco e deixe a cópia como está.',
        'Depois selecione o backup e clique em Apagar Backup.',
      ],
      where: BACKUP_LIST.any,
      check:
        'O disco principal tem mais espaço livre, e qualquer backup que você mantém está copiado em outro disco.',
      caution: `Um backup apagado não pode ser recuperado. Apague só backups a partir dos quais você nunca vai restaurar, a menos que os tenha copiado antes. ${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'security-software-check': {
      title: 'Verifique o software de segurança do computador',
      instructions: [
        'Atualize o seu antivírus ou app de firewall, ou pause-o durante o backup.',
        'Se ele tiver uma lista de apps ou dispositivos bloqueados, permita o app de backup da Apple.',
      ],
      where: 'Os ajustes do seu antivírus ou app de firewall',
      check: 'O backup é concluído com o app de segurança atualizado ou pausado.',
      caution: 'Reative a proteção assim que o backup terminar.',
      computer: {
        'mac-finder': {
          where: 'Os ajustes do seu app de segurança (o Finder precisa acessar o {device} por USB)',
        },
        'mac-itunes': {
          where: 'Os ajustes do seu app de segurança (o iTunes precisa acessar o {device} por USB)',
        },
        windows: {
          where:
            'Windows 11: Iniciar > Configurações > Privacidade e segurança > Segurança do Windows; Windows 10: Iniciar > Configurações > Atualização e Segurança > Segurança do Windows; e qualquer outro antivírus (permita o app Dispositivos Apple ou o iTunes)',
        },
      },
    },
    'encrypt-local-backup': {
      title: 'Faça um backup criptografado no computador',
      instructions: [
        'Selecione o {device} no app que faz o backup dele e ative Criptografar backup local.',
        'Escolha uma senha que você vai guardar, clique em Fazer Backup Agora e espere terminar.',
        'Só um backup criptografado guarda senhas salvas, ajustes de Wi-Fi, dados do app Saúde e o histórico de chamadas.',
      ],
      where: 'Finder (Mac) ou Dispositivos Apple ou iTunes (Windows)',
      check: 'O backup mostra o horário atual, com um cadeado ao lado na lista de backups.',
      caution: 'Sem a senha, um backup criptografado não pode ser usado: anote a senha.',
      computer: {
        'mac-finder': {
          where: 'Finder > [{device}] na barra lateral > Geral > Criptografar backup local',
        },
        'mac-itunes': {
          where: 'iTunes > [botão do {device}] > Resumo > Criptografar backup local',
        },
        windows: {
          where:
            'Dispositivos Apple > [{device}] > Geral > Criptografar backup local (iTunes: [botão do {device}] > Resumo)',
        },
      },
    },
    'computer-replace-damaged-backup': {
      title: 'Substitua o backup danificado por um novo',
      instructions: [
        'Feche o app de backup. Se você ainda puder precisar do backup danificado, copie a pasta inteira dele para outro disco e deixe a cópia como está.',
        'Abra a lista de backups, selecione o backup deste {device} e clique em Apagar Backup.',
        'Faça o backup de novo; um backup novo e completo é feito.',
      ],
      where: BACKUP_LIST.any,
      check: 'Um novo backup é concluído e aparece na lista de backups com a data de hoje.',
      caution: `Apagar um backup não pode ser desfeito: nunca apague um backup do qual você ainda possa precisar para restaurar sem copiá-lo antes. ${COPY_NEVER_MOVE}`,
      computer: IN_BACKUP_LIST,
    },
    'reset-trust-settings': {
      title: 'Redefina os ajustes de confiança do {device}',
      instructions: [
        'Escolha Redefinir, depois Redefinir Localização e Privacidade, e digite o seu código.',
        'Conecte-o ao computador de novo e toque em Confiar quando solicitado.',
      ],
      where:
        'Ajustes > Geral > Transferir ou Redefinir o {device} > Redefinir > Redefinir Localização e Privacidade',
      check: 'O alerta “Confiar neste computador?” aparece e o computador reconhece o {device}.',
      caution:
        'Os apps vão pedir de novo permissão para usar sua localização, câmera e outros dados, e será preciso confiar de novo em cada computador.',
      ios: [
        {
          where: 'Ajustes > Geral > Redefinir > Redefinir Localização e Privacidade',
        },
      ],
    },
    'computer-back-up-now': {
      title: 'Faça backup no computador agora',
      instructions: [
        'Selecione o {device} no app que faz o backup dele e escolha fazer o backup de todos os dados dele neste computador.',
        'Ative Criptografar backup local (e guarde a senha): só assim o backup inclui senhas salvas, ajustes de Wi-Fi, dados do app Saúde e o histórico de chamadas.',
        'Clique em Fazer Backup Agora e mantenha o {device} conectado e desbloqueado até terminar.',
      ],
      where: 'Finder (Mac) ou Dispositivos Apple ou iTunes (Windows)',
      check: 'O último backup neste computador mostra o horário atual.',
      computer: {
        'mac-finder': {
          where: 'Finder > [{device}] na barra lateral > Geral > Fazer Backup Agora',
        },
        'mac-itunes': {
          where: 'iTunes > [botão do {device}] > Resumo > Fazer Backup Agora',
        },
        windows: {
          where:
            'Dispositivos Apple > [{device}] > Geral > Fazer Backup Agora (iTunes: [botão do {device}] > Resumo > Fazer Backup Agora)',
        },
      },
    },
  },

  unsure: [
    {
      label: 'Fazer Backup Deste {device}',
      note: 'The iOS 16+ switch (“Back Up This iPhone”): Brazilian wording and capitalisation recalled, not confirmed.',
    },
    {
      label: 'Gerenciar Armazenamento da Conta',
      note: 'Manage Account Storage (iOS 16+): Brazilian wording not confirmed.',
    },
    {
      label: 'Backup Pela Rede Celular',
      note: 'Back Up Over Cellular (iOS 15+, 5G models): Brazilian label not known; a best guess.',
    },
    {
      label: 'Preparar para Novo {device}',
      note: 'Prepare for New iPhone: exact Brazilian wording not confirmed.',
    },
    {
      label: 'Alterações de Conta',
      note: 'Account Changes under Content & Privacy Restrictions: Brazilian wording not confirmed.',
    },
    {
      label: 'Redefinir Localização e Privacidade',
      note: 'Reset Location & Privacy: Brazilian wording not confirmed.',
    },
    {
      label: 'Conta Apple',
      note: 'Apple Account’s Brazilian name since 2024, believed to be “Conta Apple”; not confirmed.',
    },
    {
      label: 'Criptografar backup local',
      note: 'Encrypt local backup in Finder, iTunes and Apple Devices: Brazilian wording recalled, not confirmed.',
    },
    {
      label: 'Apagar Backup',
      note: 'Delete Backup in Manage Backups: Brazilian wording not confirmed (may be “Apagar” or “Excluir”).',
    },
    {
      label: 'Iniciar > Energia > Reiniciar',
      note: 'The Windows Start menu’s power button label in Brazilian Portuguese Windows is not confirmed.',
    },
    {
      label: 'Buscar Atualizações',
      note: 'iTunes for Windows’ Help > Check for Updates in Brazilian Portuguese: not confirmed.',
    },
    {
      label: 'Obter atualizações',
      note: 'Microsoft Store’s Get updates button in Brazilian Portuguese: not confirmed.',
    },
    {
      label: 'Conta e Início de Sessão do iCloud',
      note: 'The iCloud Account & Sign In service name on Apple’s Brazilian System Status page: not confirmed.',
    },
  ],
};
