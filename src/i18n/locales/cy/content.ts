import type { CrisisContact } from '../../../core/crisis-contacts.js';
import type { GoalIdeas } from '../../../core/goal-ideas.js';
import { THREE_GOOD_THINGS_PROMPT_ID, type JournalPrompt } from '../../../core/journal-prompts.js';
import type { AreaSet } from '../../../core/life-areas.js';
import { DEFAULT_AREA_SET_ID } from '../../../core/rating-scale.js';
import type { LocaleDates } from '../../string-table.js';

/**
 * Default content in Welsh, awaiting review by a fluent Welsh speaker. Keys and ids are
 * the same as the English defaults, so readings, prompts and goals stay comparable when
 * a person switches language. Numbers change: hosts should check them.
 */

/** Crisis contacts for Wales, with the Samaritans' Welsh-language line. */
export const WALES_CRISIS_CONTACTS: readonly CrisisContact[] = Object.freeze([
  {
    name: 'Gwasanaethau brys',
    purpose:
      'Os yw’ch bywyd chi neu fywyd rhywun arall mewn perygl nawr, neu os na allwch chi gadw’ch hun yn ddiogel.',
    href: 'tel:999',
    linkText: 'Ffonio 999',
    availability: 'Unrhyw bryd. Gallwch hefyd fynd i adran damweiniau ac achosion brys.',
  },
  {
    name: 'Samaritans, llinell Gymraeg',
    purpose: 'Siarad yn Gymraeg â rhywun am beth bynnag sydd ar eich meddwl. Byddan nhw’n gwrando.',
    href: 'tel:08081640123',
    linkText: 'Ffonio 0808 164 0123',
    availability: 'Am ddim, rhwng 7pm ac 11pm bob dydd.',
  },
  {
    name: 'Samaritans',
    purpose: 'Siarad â rhywun am beth bynnag sydd ar eich meddwl, unrhyw awr.',
    href: 'tel:116123',
    linkText: 'Ffonio 116 123',
    availability: 'Am ddim, unrhyw bryd, ddydd a nos.',
  },
  {
    name: 'Shout',
    purpose: 'Os yw siarad yn anodd, anfonwch neges destun at wirfoddolwr sydd wedi’i hyfforddi.',
    href: 'sms:85258?body=SHOUT',
    linkText: 'Tecstio SHOUT i 85258',
    availability: 'Am ddim, unrhyw bryd, ddydd a nos.',
  },
  {
    name: 'GIG 111 Cymru',
    purpose:
      'Help brys ar gyfer eich iechyd meddwl yng Nghymru. Dewiswch opsiwn 2 ar gyfer y llinell iechyd meddwl.',
    href: 'tel:111',
    linkText: 'Ffonio 111, opsiwn 2',
    availability: 'Am ddim, unrhyw bryd, ddydd a nos.',
  },
]);

/** The default life areas in Welsh: same keys and set id as `DEFAULT_AREA_SET`. */
export const WELSH_AREA_SET: AreaSet = Object.freeze({
  id: DEFAULT_AREA_SET_ID,
  anchors: Object.freeze([
    { from: 1, label: 'Anodd iawn ar hyn o bryd' },
    { from: 5, to: 6, label: 'Rhai dyddiau da, rhai anodd' },
    { from: 10, label: 'Yn mynd yn dda iawn' },
  ]),
  areas: Object.freeze([
    {
      key: 'wellbeing',
      label: 'Lles meddwl',
      description: 'Sut rydych chi’n teimlo ynoch chi’ch hun, o ddydd i ddydd.',
    },
    {
      key: 'body',
      label: 'Iechyd corfforol a gofalu amdanoch eich hun',
      description: 'Cwsg, bwyd, symud a gofalu am eich corff.',
    },
    {
      key: 'home',
      label: 'Cartref a theimlo’n ddiogel',
      description: 'Ble rydych chi’n byw a pha mor ddiogel rydych chi’n teimlo yno.',
    },
    {
      key: 'money',
      label: 'Arian a materion ymarferol',
      description: 'Incwm, biliau, ffurflenni a phethau ymarferol bob dydd.',
    },
    {
      key: 'activity',
      label: 'Gwaith, dysgu a sut rydw i’n treulio fy amser',
      description:
        'Gwaith, astudio, gwirfoddoli a’r pethau rydych chi’n eu gwneud gyda’ch dyddiau.',
    },
    {
      key: 'people',
      label: 'Ffrindiau, teulu a chymuned',
      description: 'Y bobl o’ch cwmpas a theimlo’n rhan o rywbeth.',
    },
    {
      key: 'self',
      label: 'Hyder a synnwyr o bwy ydw i',
      description: 'Sut rydych chi’n gweld eich hun ac yn ymddiried yn eich dewisiadau eich hun.',
    },
    {
      key: 'hope',
      label: 'Gobaith at y dyfodol',
      description: 'Credu y gall pethau wella a chael rhywbeth i edrych ymlaen ato.',
    },
  ]),
});

/** The default goal ideas in Welsh. */
export const WELSH_GOAL_IDEAS: GoalIdeas = {
  connectedness: [
    'Cwrdd â ffrind am goffi',
    'Rhoi cynnig ar grŵp cymorth cymheiriaid',
    'Ffonio fy mrawd unwaith yr wythnos',
  ],
  hope: ['Cynllunio rhywbeth i edrych ymlaen ato', 'Ysgrifennu un peth da bob noswaith'],
  identity: [
    'Ailafael mewn hobi roeddwn i’n arfer ei garu',
    'Ysgrifennu ychydig linellau am yr hyn sy’n bwysig i mi',
  ],
  meaning: ['Gwirfoddoli am brynhawn', 'Edrych ar gwrs byr', 'Tyfu rhywbeth ar sil y ffenest'],
  empowerment: [
    'Mynd i fy apwyntiad nesaf gyda fy nghwestiynau fy hun',
    'Delio ag un llythyr rydw i wedi bod yn ei osgoi',
  ],
};

/** The default journal prompts in Welsh: same ids as `DEFAULT_PROMPTS`. */
export const WELSH_PROMPTS: readonly JournalPrompt[] = Object.freeze([
  {
    id: THREE_GOOD_THINGS_PROMPT_ID,
    text: 'Tri pheth da o heddiw, mawr neu fach, a pham roedd pob un yn bwysig.',
    form: 'three-good-things',
  },
  {
    id: 'strength-used',
    text: 'Cryfder a ddefnyddioch chi’n ddiweddar. Beth wnaethoch chi ag ef?',
  },
  { id: 'looking-forward', text: 'Rhywbeth rydych chi’n edrych ymlaen ato, waeth pa mor fach.' },
  {
    id: 'someone-helped',
    text: 'Rhywun a’ch helpodd chi, neu rywun a helpoch chi. Beth ddigwyddodd?',
  },
  { id: 'small-step', text: 'Cam bach a gymeroch chi tuag at rywbeth sy’n bwysig i chi.' },
  {
    id: 'felt-calm',
    text: 'Eiliad pan oeddech chi’n teimlo ychydig yn dawelach neu’n ysgafnach. Ble roeddech chi?',
  },
  { id: 'kind-to-self', text: 'Rhywbeth caredig a wnaethoch chi i chi’ch hun.' },
  {
    id: 'changed-view',
    text: 'Rhywbeth rydych chi’n ei weld yn wahanol nawr i’r hyn roeddech chi ychydig yn ôl.',
  },
]);

/** Welsh month and day names: Chromium cannot format dates in Welsh. */
export const WELSH_DATES: LocaleDates = {
  months: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
  weekdays: [
    'Dydd Sul',
    'Dydd Llun',
    'Dydd Mawrth',
    'Dydd Mercher',
    'Dydd Iau',
    'Dydd Gwener',
    'Dydd Sadwrn',
  ],
};
