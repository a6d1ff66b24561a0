import type { LockStrings } from '../../../elements/lock/lock.strings.js';
import type { StringOverrides } from '../../string-table.js';

/**
 * `<rk-lock>` in Welsh (awaiting review by a fluent Welsh speaker). "Cyfrinymadrodd" is
 * the passphrase, "cod adfer" the recovery code, "cloi" and "datgloi" lock and unlock.
 */
export const lock: StringOverrides<LockStrings> = {
  checking: 'Yn agor eich gwaith sydd wedi’i gadw…',
  createHeading: 'Cadwch eich ysgrifennu’n breifat',
  createIntro:
    'Dewiswch gyfrinymadrodd i gloi’r hyn rydych chi’n ei ysgrifennu yma. Bydd ei angen ar unrhyw un sy’n defnyddio’r ddyfais hon i weld eich ysgrifennu.',
  nobodyCanRecover:
    'Does neb yn gallu agor eich data heb eich cyfrinymadrodd neu’ch cod adfer: nid y bobl sy’n rhedeg y wefan hon, ac nid ni chwaith. Os byddwch chi’n colli’r ddau, does dim modd cael eich ysgrifennu yn ôl.',
  passphrase: 'Cyfrinymadrodd',
  passphraseHint:
    'Ychydig o eiriau sy’n golygu rhywbeth i chi, ond na fyddai pobl eraill yn eu dyfalu.',
  confirmPassphrase: 'Teipiwch y cyfrinymadrodd eto',
  strengthShort:
    'Mae hwn yn fyr, felly byddai’n gyflym i’w ddyfalu. Byddai ychydig mwy o eiriau’n helpu.',
  strengthFair: 'Mae hwn yn weddol. Byddai gair neu ddau arall yn ei wneud yn gryfach.',
  strengthGood: 'Mae hwn yn gyfrinymadrodd cryf.',
  mismatch: 'Dydy’r ddau gyfrinymadrodd ddim yr un fath eto.',
  empty: 'Teipiwch gyfrinymadrodd yn gyntaf.',
  create: 'Cloi fy nata gyda’r cyfrinymadrodd hwn',
  creating: 'Yn cloi eich data… mae hyn yn cymryd eiliad.',
  codeHeading: 'Eich cod adfer',
  codeIntro:
    'Os byddwch chi byth yn anghofio’ch cyfrinymadrodd, mae’r cod hwn yn agor eich data yn lle hynny. Dim ond y tro hwn y caiff ei ddangos.',
  codeKeepIt:
    'Ysgrifennwch y cod i lawr neu cadwch e yn rhywle diogel heblaw’r ddyfais hon. Heb eich cyfrinymadrodd neu’r cod hwn, does neb yn gallu cael eich data yn ôl.',
  codeLabel: 'Cod adfer',
  codeConfirm: 'Rydw i wedi cadw fy nghod adfer yn rhywle diogel',
  codeNotConfirmed: 'Ticiwch y blwch unwaith y byddwch chi wedi cadw’r cod.',
  codeContinue: 'Parhau',
  unlockHeading: 'Mae’ch data wedi’i gloi',
  unlockIntro: 'Teipiwch eich cyfrinymadrodd i weld eich ysgrifennu.',
  unlock: 'Datgloi',
  unlocking: 'Yn datgloi…',
  wrongPassphrase:
    'Dydy’r cyfrinymadrodd hwnnw ddim yn agor eich data. Gwiriwch e a rhowch gynnig arall arni.',
  forgot: 'Wedi anghofio’ch cyfrinymadrodd?',
  recoverHeading: 'Defnyddiwch eich cod adfer',
  recoverIntro:
    'Teipiwch y cod adfer a gadwoch chi pan osodoch chi’ch cyfrinymadrodd, yna dewiswch gyfrinymadrodd newydd.',
  recoveryCode: 'Cod adfer',
  recoveryCodeHint: 'Priflythrennau neu lythrennau bach, gyda’r cysylltnodau neu hebddyn nhw.',
  wrongCode:
    'Dydy’r cod adfer hwnnw ddim yn agor eich data. Gwiriwch e a rhowch gynnig arall arni.',
  newPassphrase: 'Cyfrinymadrodd newydd',
  recover: 'Datgloi a gosod y cyfrinymadrodd newydd',
  backToUnlock: 'Yn ôl at y cyfrinymadrodd',
  lockNow: 'Cloi nawr',
  lockedAnnouncement: 'Mae’ch data wedi’i gloi.',
  unlockedAnnouncement: 'Mae’ch data wedi’i ddatgloi.',
  failed: 'Aeth rhywbeth o’i le wrth agor eich data. Rhowch gynnig arall arni.',
  createExisting:
    'Bydd unrhyw beth rydych chi eisoes wedi’i gadw ar y ddyfais hon yn cael ei gloi hefyd.',
  protect: 'Diogelu gyda chyfrinymadrodd',
  notNow: 'Nid nawr',
  stopProtecting: 'Peidio â diogelu gyda chyfrinymadrodd',
  removeHeading: 'Peidio â diogelu eich data gyda chyfrinymadrodd?',
  removeIntro:
    'Bydd eich ysgrifennu wedyn yn cael ei gadw ar y ddyfais hon heb glo. Bydd unrhyw un sy’n defnyddio’r ddyfais hon yn gallu ei ddarllen, ac ni fydd angen eich cyfrinymadrodd na’ch cod adfer arnoch chi mwyach.',
  removeHint: 'Teipiwch eich cyfrinymadrodd i gadarnhau mai chi sydd yma.',
  remove: 'Peidio â diogelu fy nata',
  removing: 'Yn datgloi popeth rydych chi wedi’i gadw… mae hyn yn cymryd ychydig o amser.',
  keepProtected: 'Cadw’r diogelwch',
  protectedAnnouncement: 'Mae’ch data bellach wedi’i ddiogelu gyda’ch cyfrinymadrodd.',
  unprotectedAnnouncement: 'Dydy’ch data ddim wedi’i ddiogelu gyda chyfrinymadrodd mwyach.',
  // Awaiting review, like the rest of this file: stopping the protection with sync, and two devices with two passphrases.
  removeSynced:
    'Bydd y copi ar y gweinydd sy’n cadw’ch dyfeisiau’n gyson wedyn yn ddarllenadwy hefyd, gan y bobl sy’n ei redeg.',
  otherDevicesNotice:
    'Cafodd y ddyfais hon ei chyfrinymadrodd ei hun cyn iddi gysoni am y tro cyntaf, felly mae ganddi un gwahanol i’ch dyfeisiau eraill. Does dim byd wedi’i golli, ond dim ond yr hyn a ysgrifennwyd arni y gall pob un ei ddarllen nes i chi ddefnyddio un cyfrinymadrodd ar bob un ohonyn nhw.',
  joinOpen: 'Defnyddio cyfrinymadrodd fy nyfeisiau eraill',
  joinHeading: 'Defnyddiwch gyfrinymadrodd eich dyfeisiau eraill',
  joinIntro:
    'Teipiwch y cyfrinymadrodd rydych chi’n ei ddefnyddio ar eich dyfeisiau eraill. Bydd yr hyn a ysgrifennoch chi ar y ddyfais hon wedyn yn cael ei gloi gydag ef, ac o hynny ymlaen bydd y cyfrinymadrodd hwnnw a’i god adfer yn agor popeth, ar bob dyfais. Fydd dim angen cyfrinymadrodd a chod adfer y ddyfais hon mwyach.',
  joinPassphrase: 'Cyfrinymadrodd eich dyfeisiau eraill',
  join: 'Defnyddio’r cyfrinymadrodd hwn yma',
  joining:
    'Yn cloi’r hyn sydd ar y ddyfais hon gyda’r cyfrinymadrodd hwnnw… mae hyn yn cymryd eiliad.',
  joinedAnnouncement: 'Mae eich dyfeisiau nawr yn rhannu un cyfrinymadrodd.',
};
