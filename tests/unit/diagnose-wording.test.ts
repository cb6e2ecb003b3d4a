import { describe, expect, it } from 'vitest';
import { explain } from '../../lib/diagnose';

// How people write about a failing backup in each language, beyond Apple's own messages: each row
// is one way of saying it that a signal's pattern reads (the tuning pages in lang-*.json use
// them in whole posts).
const page = (text: string) => ({ url: 'https://example.com/', title: '', text });
const ids = (text: string): string[] => explain(page(text)).map((f) => f.id);

describe('how people write about a failing backup', () => {
  it.each([
    [
      'German, verb first',
      'Seit dem Update schlägt das Backup jedes Mal fehl.',
      'de-backup-failed',
    ],
    ['German, "Fehler beim Backup"', 'Ich bekomme einen Fehler beim Backup.', 'de-backup-failed'],
    [
      'German, Finder names the iPhone',
      'Das iPhone „Annas iPhone“ konnte nicht gesichert werden.',
      'de-could-not-be-backed-up',
    ],
    [
      'German, "kein iCloud-Backup mehr"',
      'Mein iPhone kann kein iCloud-Backup mehr erstellen.',
      'de-cant-back-up',
    ],
    ['German, "kann nicht sichern"', 'Ich kann mein iPhone nicht mehr sichern.', 'de-cant-back-up'],
    [
      'German, "funktioniert das Backup nicht"',
      'Seit iOS 18 funktioniert das Backup einfach nicht mehr.',
      'de-cant-back-up',
    ],
    [
      'German, "nicht gelaufen"',
      'Das Backup ist seit drei Tagen nicht gelaufen.',
      'de-cant-back-up',
    ],
    [
      'German, a separable verb around its object',
      'Leider bricht die Sicherung nach ein paar Minuten ab.',
      'de-cant-back-up',
    ],
    [
      'German, the connection interrupted',
      'Die Verbindung zum iPhone wurde unterbrochen.',
      'de-disconnected',
    ],
    ['German, the Wi-Fi drops', 'Das WLAN bricht bei uns immer wieder ab.', 'de-network'],
    ['German, sign-in asked again', 'Das Passwort wird ständig abgefragt.', 'de-account'],
    [
      'Spanish, "no se puede hacer"',
      'El Finder dice que no se puede hacer la copia de seguridad.',
      'es-cant-back-up',
    ],
    ['Spanish, "ya no hace"', 'El iPhone ya no hace el respaldo.', 'es-cant-back-up'],
    [
      'Spanish, "no se hace"',
      'La copia de seguridad de iCloud no se hace desde el lunes.',
      'es-cant-back-up',
    ],
    ['Latin American, "error al respaldar"', 'Me sale error al respaldar.', 'es-backup-failed'],
    [
      'Latin American, "el respaldo de iCloud no funciona"',
      'El respaldo de iCloud no funciona.',
      'es-backup-failed',
    ],
    [
      'Spanish, a newer macOS',
      'El iPhone requiere una versión más reciente de macOS.',
      'es-outdated',
    ],
    ['Spanish, the Wi-Fi drops', 'En casa se cae el wifi a cada rato.', 'es-network'],
    [
      'Portugal, "não é possível"',
      'Não é possível efetuar a cópia de segurança.',
      'pt-device-could-not-back-up',
    ],
    ['Brazil, "erro ao fazer o backup"', 'Dá erro ao fazer o backup.', 'pt-backup-failed'],
    ['Brazil, "o backup do iPhone falhou"', 'O backup do iPhone falhou.', 'pt-backup-failed'],
    ['Portuguese, "já não consigo"', 'Já não consigo fazer o backup.', 'pt-cant-back-up'],
    [
      'Portugal, "nunca termina"',
      'A cópia de segurança do iCloud nunca termina.',
      'pt-cant-back-up',
    ],
    ['Portuguese, "não foi concluído"', 'O backup não foi concluído de novo.', 'pt-cant-back-up'],
    [
      'Portuguese, the connection interrupted',
      'A conexão com o iPhone foi interrompida.',
      'pt-disconnected',
    ],
    [
      'Portugal, "não existe armazenamento"',
      'Não existe armazenamento suficiente disponível em iCloud.',
      'pt-icloud-space',
    ],
    ['Portuguese, the Wi-Fi drops', 'A internet está sempre a cair.', 'pt-network'],
    [
      'French, words between the parts',
      'La sauvegarde de mon iPhone a encore échoué.',
      'fr-backup-failed',
    ],
    ['French, "erreur lors de"', 'Erreur lors de la sauvegarde.', 'fr-backup-failed'],
    [
      'French, "n’arrive pas à terminer"',
      'Je n’arrive pas à terminer la sauvegarde.',
      'fr-cant-back-up',
    ],
    ['French, "n’a jamais abouti"', 'La sauvegarde n’a jamais abouti.', 'fr-cant-back-up'],
    ['French, "ne se termine jamais"', 'La sauvegarde ne se termine jamais.', 'fr-cant-back-up'],
    ['French, the box drops', 'Ma box se déconnecte souvent.', 'fr-network'],
    ['French, the iPhone disconnects', 'L’iPhone se déconnecte au milieu.', 'fr-disconnected'],
    ['Italian, "non va a buon fine"', 'Il backup su iCloud non va a buon fine.', 'it-cant-back-up'],
    ['Italian, "non riesco a completare"', 'Non riesco a completare il backup.', 'it-cant-back-up'],
    [
      'Italian, "errore durante il backup"',
      'Compare un errore durante il backup.',
      'it-cant-back-up',
    ],
    ['Japanese, 出来ない in kanji', 'バックアップが出来ません。', 'ja-backup-failed'],
    ['Japanese, stops halfway', 'バックアップが途中で止まってしまいます。', 'ja-backup-failed'],
    ['Japanese, an error during', 'バックアップ中にエラーが出ます。', 'ja-backup-failed'],
    ['Japanese, へ and の', 'iCloudへのバックアップ', 'ja-icloud-topic'],
    ['Japanese, 容量不足 on its own', '容量不足と表示されます。', 'ja-storage-short'],
    [
      'Japanese, the iPhone’s own storage',
      'iPhone本体のストレージが不足しています。',
      'ja-device-storage',
    ],
    ['Japanese, the network', '自宅のネットワークがよく切れます。', 'ja-network'],
    ['Japanese, log in', 'ログインし直しました。', 'ja-account'],
    ['Korean, does not proceed', '백업이 진행되지 않아요.', 'ko-backup-failed'],
    ['Korean, an error during', '백업 중에 에러가 발생합니다.', 'ko-backup-failed'],
    ['Korean, 용량 부족 on its own', '용량이 부족하다고 나와요.', 'ko-storage-short'],
    ['Korean, the internet drops', '집 인터넷이 자주 끊겨요.', 'ko-network'],
    [
      'simplified Chinese, not completed for days',
      'iCloud 云备份已经好几天没有完成了。',
      'zh-hans-backup-failed',
    ],
    [
      'simplified Chinese, the last backup long ago',
      '上次备份是五天前。',
      'zh-hans-last-backup-long-ago',
    ],
    ['simplified Chinese, an error while backing up', '备份时出错。', 'zh-hans-backup-failed'],
    ['simplified Chinese, 不能备份', '手机不能备份了。', 'zh-hans-backup-failed'],
    ['simplified Chinese, the network drops', '家里网络经常掉线。', 'zh-hans-network'],
    ['simplified Chinese, plugged in', '每晚都接着电源。', 'zh-hans-conditions'],
    [
      'traditional Chinese, not completed for days',
      'iCloud 備份已經好幾天沒有完成。',
      'zh-hant-backup-failed',
    ],
    ['traditional Chinese, an error while backing up', '備份時出錯。', 'zh-hant-backup-failed'],
    ['traditional Chinese, the network drops', '家裡網路經常斷線。', 'zh-hant-network'],
    ['traditional Chinese, plugged in, read once', '每天晚上都插著電源。', 'ja-conditions'],
    ['German, "sichert sich nicht mehr"', 'Das iPhone sichert sich nicht mehr.', 'de-cant-back-up'],
    [
      'German, the last backup long ago',
      'Das letzte erfolgreiche Backup ist drei Wochen her.',
      'de-last-backup-long-ago',
    ],
    ['Spanish, stuck', 'La copia de seguridad se queda atascada.', 'es-cant-back-up'],
    ['Spanish, no copy at all', 'El iPhone ya no hace copias de seguridad.', 'es-cant-back-up'],
    [
      'Spanish, the last copy long ago',
      'La última copia de seguridad fue hace un mes.',
      'es-last-backup-long-ago',
    ],
    ['Italian, stuck', 'Il backup su iCloud resta bloccato.', 'it-cant-back-up'],
    [
      'Italian, Apple’s "si è verificato un errore"',
      'Il Finder dice che si è verificato un errore.',
      'it-error-occurred',
    ],
    ['Brazil, stuck', 'Meu backup do iCloud fica travado.', 'pt-backup-stopped'],
    ['Japanese, no longer backed up', '自動でバックアップされなくなりました。', 'ja-backup-failed'],
    [
      'Japanese, the last backup long ago',
      '最後のバックアップは1か月前です。',
      'ja-last-backup-long-ago',
    ],
    // How-to conditionals, which cancel what their words score.
    [
      'Spanish, "si la copia no se completa"',
      'Si la copia de seguridad no se completa, carga el iPhone.',
      'es-if-backup-fails',
    ],
    [
      'French, "si la sauvegarde ne se termine pas"',
      'Si la sauvegarde ne se termine pas, branchez l’iPhone.',
      'fr-if-backup-fails',
    ],
    [
      'Italian, "se il backup non si completa"',
      'Se il backup non si completa, collega iPhone al Wi-Fi.',
      'it-if-backup-fails',
    ],
    [
      'Portuguese, "se o backup falhar"',
      'Se o backup falhar, confira o armazenamento.',
      'pt-if-backup-fails',
    ],
    [
      'Portuguese, "não é possível ... sem"',
      'Não é possível fazer o backup sem uma rede Wi-Fi.',
      'pt-cannot-without',
    ],
    [
      'Spanish, "no se puede ... sin"',
      'No se puede hacer el respaldo sin una red Wi-Fi.',
      'es-cannot-without',
    ],
    [
      'German, iOS says it "kann nicht gesichert werden"',
      'Dieses iPhone kann nicht gesichert werden, da nicht genügend iCloud-Speicher verfügbar ist.',
      'de-cannot-be-backed-up',
    ],
    ['German, both backups tried', 'Es klappt weder in iCloud noch am Mac.', 'both-backups-named'],
    [
      'Spanish, both backups tried',
      'Ni iCloud ni el Mac me dejan respaldar.',
      'both-backups-named',
    ],
    [
      'Spanish, the computer named first',
      'No funciona ni en la PC ni en iCloud.',
      'both-backups-named',
    ],
    ['Portuguese, both backups tried', 'Nem em iCloud nem no PC consigo.', 'both-backups-named'],
    ['French, both backups tried', 'Ni sur iCloud ni sur le Mac.', 'both-backups-named'],
    ['Italian, both backups tried', 'Non va né su iCloud né sul Mac.', 'both-backups-named'],
    [
      'Portuguese typed without accents',
      'aparece nao foi possivel concluir o ultimo backup',
      'pt-last-backup-not-completed',
    ],
    ['French typed without accents', 'la sauvegarde a echoue', 'fr-backup-failed'],
    ['Chinese, 备分 for 备份', 'icloud备分这两周一直失败', 'zh-hans-backup-failed'],
    [
      'Chinese, the last backup, verb first',
      '显示未能完成上次备份',
      'zh-hans-last-backup-not-completed',
    ],
    ['Chinese (traditional), 備分 for 備份', '備分一直失敗', 'zh-hant-backup-failed'],
    [
      'Chinese (traditional), "無法完成上次的備份"',
      '然後說無法完成上次的備份',
      'zh-hant-last-backup-not-completed',
    ],
    ['Chinese (traditional), "都不成功"', 'iCloud 備份都不成功', 'zh-hant-backup-failed'],
    [
      'Japanese, Finder\'s "接続解除"',
      'iPhoneが接続解除されたため、バックアップできませんでした',
      'ja-disconnected',
    ],
    ['Korean, 카톡 for KakaoTalk', '카톡 대화 백업이 안 돼요', 'ko-other-app'],
    ["Korean, a photo app's backup", '네이버 MYBOX 사진 자동 백업이 멈춰요', 'ko-other-app'],
    ['French, a storage clean-up question', 'Comment libérer de la place ?', 'fr-how-to'],
    [
      'Korean, the System Status page',
      '시스템 상태 페이지에 문제 있다고 나와요',
      'service-outage-localised',
    ],
    [
      'Italian, the System Status page',
      'Lo Stato del sistema segnala un problema.',
      'service-outage-localised',
    ],
    ['Portuguese, servers down', 'Os servidores estão fora do ar?', 'service-outage-localised'],
    ['Korean, the iPhone almost full', 'iPhone 저장 공간이 거의 다 찼습니다', 'ko-device-storage'],
    [
      'Chinese (traditional), the computer lacks space',
      '電腦沒有足夠的可用空間',
      'zh-hant-computer-storage',
    ],
    [
      'Chinese (traditional), the switch is off',
      '「備份此 iPhone」是關閉的',
      'zh-hant-icloud-backup-off',
    ],
    ['Chinese, the switch is off', '“备份此 iPhone”是关闭的', 'zh-hans-icloud-backup-off'],
    [
      'Portuguese (Portugal), no space on this Mac',
      'não existe espaço livre suficiente neste Mac',
      'pt-computer-storage',
    ],
    [
      'French, the Apple Account banner retold',
      'il faut que je mette à jour les réglages de mon compte Apple',
      'fr-account',
    ],
    ['French, asked for the password again', 'il me redemande mon mot de passe', 'fr-account'],
    ['Italian, the iPhone disconnects', "a metà l'iPhone si disconnette", 'it-disconnected'],
    ['German, a storage clean-up guide', 'So schaffst du Platz in iCloud.', 'de-how-to'],
    [
      'French, the iPhone "n\u2019a pas pu être sauvegardé"',
      "L'iPhone n'a pas pu être sauvegardé car une erreur s'est produite.",
      'fr-backup-not-saved',
    ],
    [
      'French, the banner "iPhone non sauvegardé"',
      'Il affiche « iPad non sauvegardé ».',
      'fr-backup-not-saved',
    ],
    [
      'German, the "Dieses iPhone sichern" switch greyed out',
      'Der Schalter für „Dieses iPhone sichern“ ausgegraut.',
      'de-icloud-backup-off',
    ],
    [
      'German, "immer wieder deaktiviert"',
      'Warum wird iCloud-Backup immer wieder deaktiviert?',
      'de-icloud-backup-off',
    ],
    [
      'Spanish, "Error de copia de seguridad"',
      'Me sale «Error de copia de seguridad».',
      'es-backup-failed',
    ],
    ['Spanish, "error de respaldo"', 'Tengo un error de respaldo.', 'es-backup-failed'],
    [
      'Italian, "Impossibile completare l\u2019ultimo backup"',
      "Dice: Impossibile completare l'ultimo backup.",
      'it-last-backup-not-completed',
    ],
    [
      'Italian, "il backup non è stato eseguito"',
      'Il backup non è stato eseguito.',
      'it-backup-failed',
    ],
    [
      'Italian, a greyed-out switch',
      'Il pulsante del Backup iCloud è grigio.',
      'it-icloud-backup-off',
    ],
    [
      'Portugal, "está desligada"',
      'A Cópia de segurança do iCloud está desligada.',
      'pt-icloud-backup-off',
    ],
    ['Portuguese, "aparece cinza"', 'A opção aparece cinza.', 'pt-icloud-backup-off'],
    [
      'Portugal, the restore message in the past',
      'A cópia de segurança estava danificada ou não era compatível.',
      'pt-backup-corrupt',
    ],
    ['French, the iPad full', 'Mon iPad est presque plein, il reste 300 Mo.', 'device-storage-low'],
    ['Spanish, the phone "a tope"', 'Tengo el móvil a tope.', 'device-storage-low'],
    ['Spanish, "me quedan 450 MB"', 'Solo me quedan 450 MB.', 'device-storage-low'],
    ['Portuguese, the iPhone with no space', 'O iPhone sem espaço.', 'device-storage-low'],
    [
      'Portuguese, "completamente cheio"',
      'O iPhone está completamente cheio.',
      'device-storage-low',
    ],
    ['German, "randvoll"', 'Mein iPhone ist randvoll.', 'de-device-storage'],
    [
      'German, "es sind noch etwa 600 MB frei"',
      'Es sind noch etwa 600 MB frei.',
      'de-device-storage',
    ],
    ['Italian, "me ne rimangono 300 MB"', 'Me ne rimangono 300 MB liberi.', 'it-device-storage'],
    [
      'Italian, "memoria iPhone piena"',
      'Backup fallito con memoria iPhone piena.',
      'it-device-storage',
    ],
    [
      'Japanese, ウイルスバスター as security software',
      'ウイルスバスターを入れています。',
      'ja-security',
    ],
    [
      'Japanese, "本体の空きがない"',
      'iPhone本体の空きがないとバックアップできない?',
      'ja-device-storage',
    ],
    ['German, "Backup nicht möglich"', 'iPhone-Backup nicht möglich', 'de-cant-back-up'],
    [
      'German, the computer as the subject',
      'Der alte iMac sichert mein iPhone nicht.',
      'de-cant-back-up',
    ],
    [
      'German, "das Sichern" as a noun',
      'Dann funktioniert das Sichern leider nicht.',
      'de-cant-back-up',
    ],
    [
      'German, iOS’s "Backup jetzt erstellen"',
      'Ich tippe auf „Backup jetzt erstellen“.',
      'de-icloud-topic',
    ],
    [
      'German, the Apple Account banner',
      'Oben steht „Apple-Account-Einstellungen aktualisieren“.',
      'de-account',
    ],
    [
      'German, "neuere Version"',
      'Dafür ist eine neuere Version der Software erforderlich.',
      'de-outdated',
    ],
    [
      'German, too little space on the iPhone',
      'Es ist nicht genügend Speicher auf dem iPhone frei.',
      'de-device-storage',
    ],
    [
      'German, iCloud named before its storage',
      'In iCloud kommt immer „Nicht genügend Speicher“.',
      'de-icloud-space',
    ],
    ['French, spoken without "ne"', 'La sauvegarde sur mon Mac marche plus.', 'fr-cant-back-up'],
    ['French, "pas compatible"', "La sauvegarde n'est pas compatible.", 'fr-backup-corrupt'],
    ['French, "mis à jour"', 'Le logiciel doit être mis à jour.', 'fr-outdated'],
    ['French, an iMac', 'Je sauvegarde sur mon iMac.', 'fr-computer-topic'],
    ['French, a pronoun for the device', 'Il ne peut pas être sauvegardé.', 'fr-backup-not-saved'],
    [
      'Latin American, "no se puede respaldar"',
      'No se puede respaldar el iPhone.',
      'es-cant-back-up',
    ],
    [
      'Spanish, iOS’s "Copia en iCloud" turned off',
      'La Copia en iCloud está desactivada.',
      'es-icloud-backup-off',
    ],
    [
      'Spanish, a how-to’s "no se puede respaldar sin"',
      'No se puede respaldar sin una red wifi.',
      'es-cannot-without',
    ],
    [
      'Italian, iOS’s "Impossibile eseguire il backup"',
      'Impossibile eseguire il backup di iPhone.',
      'it-backup-impossible',
    ],
    ['Italian, "è stato scollegato"', "L'iPhone è stato scollegato.", 'it-disconnected'],
    [
      'Italian, the Apple Account banner',
      "Aggiorna le impostazioni dell'Account Apple.",
      'it-account',
    ],
    [
      'Italian, "spazio sufficiente" before the Mac',
      "Non c'è spazio sufficiente sul Mac.",
      'it-computer-space',
    ],
    [
      'Italian, "il disco non ha spazio"',
      'Il disco non ha spazio sufficiente.',
      'it-computer-space',
    ],
    [
      'Brazil, iCloud named before its storage',
      'No iCloud diz que não há armazenamento suficiente.',
      'pt-icloud-space',
    ],
    [
      'Portugal, "não existe espaço suficiente no Mac"',
      'Não existe espaço suficiente no Mac.',
      'pt-computer-space',
    ],
    ['Portuguese, a USB hub', 'Uso um hub USB-C.', 'pt-connection'],
    [
      'Portugal, the last copy long ago',
      'A última cópia de segurança é de há três semanas.',
      'pt-last-backup-long-ago',
    ],
    [
      'Brazil, the last backup long ago',
      'O último backup foi há um mês.',
      'pt-last-backup-long-ago',
    ],
    ['a VPN, in any language', 'Mein VPN ist immer an.', 'network-unstable'],
    [
      'German, "Backup von WhatsApp"',
      'Das Backup von WhatsApp hängt.',
      'other-backup-subject-localised',
    ],
    [
      'French, WhatsApp’s chat backup',
      'La sauvegarde des discussions WhatsApp échoue.',
      'other-backup-subject-localised',
    ],
    [
      'Spanish, "copia de seguridad de WhatsApp"',
      'La copia de seguridad de WhatsApp falla.',
      'other-backup-subject-localised',
    ],
    [
      'Brazil, "backup do WhatsApp"',
      'O backup do WhatsApp falhou.',
      'other-backup-subject-localised',
    ],
    ['Threema’s own backup', 'Threema Safe meldet einen Fehler.', 'other-backup-subject-localised'],
    [
      'Spanish, little room on the iPhone',
      'Dice que hay poco espacio en el iPhone.',
      'device-storage-low',
    ],
    ['Italian, "non è stato completato"', 'Il backup non è stato completato.', 'it-backup-failed'],
    [
      'Italian, the device between the parts',
      "Il backup su iCloud dell'iPad non va più.",
      'it-backup-failed',
    ],
    ['Brazil, the app "trava o backup"', 'O app trava o backup.', 'pt-backup-stopped'],
    [
      'Portugal, the infinitive "não haver"',
      'Por não haver espaço suficiente em iCloud.',
      'pt-icloud-space',
    ],
    [
      'Italian, "lo spazio di iCloud non basta"',
      'Lo spazio di iCloud non basta.',
      'it-icloud-space',
    ],
    [
      'Italian, the computer before "non c’è spazio"',
      "Sul computer non c'è spazio sufficiente.",
      'it-computer-space',
    ],
    [
      'Italian, drive C before "non c’è spazio"',
      "Sul disco C: non c'è spazio sufficiente.",
      'it-computer-space',
    ],
    ['Spanish, optional words read as optional', 'El respaldo falló.', 'es-backup-failed'],
    [
      'German, the switch off',
      'Unter iCloud-Backup ist der Schalter tatsächlich aus.',
      'de-icloud-backup-off',
    ],
    [
      'Latin American, iCloud backup "apagado"',
      'El respaldo en iCloud estaba apagado.',
      'es-icloud-backup-off',
    ],
    [
      'Spanish, the Apple Account banner',
      'Me sale «Actualizar la configuración de la cuenta de Apple».',
      'es-account',
    ],
    [
      'Portuguese, "se o armazenamento do iCloud estiver cheio"',
      'Se o armazenamento do iCloud estiver cheio.',
      'pt-icloud-storage',
    ],
    [
      'French, a Time Machine backup',
      'La sauvegarde Time Machine a échoué.',
      'time-machine-backup',
    ],
    [
      'Brazil, a Time Machine backup',
      'Parou de fazer backup no Time Machine.',
      'time-machine-backup',
    ],
    [
      'Spanish, a Time Machine backup',
      'La copia de seguridad de Time Machine falla.',
      'time-machine-backup',
    ],
    [
      'Italian, "non è stato possibile eseguire il backup"',
      'Non è stato possibile eseguire il backup.',
      'it-backup-impossible',
    ],
    [
      'Portugal, "não está a fazer cópia de segurança"',
      'O iPhone não está a fazer cópia de segurança.',
      'pt-cant-back-up',
    ],
    ['Brazil, "não está fazendo backup"', 'O iPhone não está fazendo backup.', 'pt-cant-back-up'],
    ['French, "ne sauvegarde plus"', 'Mon iPhone ne sauvegarde plus.', 'fr-cant-back-up'],
    [
      'German, the backup "bricht mit einem Fehler ab"',
      'Die Sicherung über iTunes bricht mit einem Fehler ab.',
      'de-cant-back-up',
    ],
    [
      'Brazil, a how-to’s "se o backup travar"',
      'Se o backup travar, reinicie o iPhone.',
      'pt-if-backup-fails',
    ],
    [
      'Italian, a how-to’s "se il backup non è stato completato"',
      'Se il backup non è stato completato, riprova.',
      'it-if-backup-fails',
    ],
  ])('reads %s', (_, text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    [
      "a how-to's advice to have enough iCloud storage",
      'Check that you have enough iCloud storage.',
      'not-enough-icloud-storage',
    ],
    [
      'French, a Wi-Fi that drops, as the iPhone disconnecting',
      'Le Wi-Fi se déconnecte.',
      'fr-disconnected',
    ],
    ['Japanese, 容量不足 as the computer’s', '容量不足と表示されます。', 'ja-computer-storage'],
    ['Korean, 용량 부족 as the computer’s', '용량이 부족하다고 나와요.', 'ko-computer-storage'],
    ['German, a charging cable as the computer’s cable', 'Es hängt am Ladekabel.', 'de-connection'],
    [
      'Portugal, "não é possível" as the computer’s message',
      'Não é possível efetuar a cópia de segurança.',
      'pt-could-not-back-up',
    ],
    [
      'German, a how-to’s condition',
      'Das Backup wird nicht erstellt, wenn das iPhone nicht im WLAN ist.',
      'de-cant-back-up',
    ],
    [
      'Italian, the Wi-Fi drops (not the cable)',
      'il wifi di casa si disconnette',
      'it-disconnected',
    ],
    ['Korean, another setting that is off', '저전력 모드는 꺼져 있고', 'ko-icloud-backup-off'],
    [
      'Italian, iOS’s "Impossibile eseguire il backup" as the computer’s message',
      'Impossibile eseguire il backup di iPhone.',
      'it-could-not-back-up',
    ],
    [
      'Italian, the phone leaving the Wi-Fi as a disconnected cable',
      'Il telefono si scollega dal wifi.',
      'it-disconnected',
    ],
    [
      'Spanish, the iPhone’s own iCloud backup as another product’s',
      'La copia de seguridad en iCloud falla.',
      'other-backup-subject-localised',
    ],
    [
      'Italian, a restore that is stuck as a failing backup',
      'Ripristino da backup iCloud fermo.',
      'it-backup-failed',
    ],
    [
      'German, a how-to’s "ohne WLAN ist ein Backup nicht möglich"',
      'Ohne WLAN ist ein Backup nicht möglich.',
      'de-cant-back-up',
    ],
  ])('does not read %s', (_, text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});
