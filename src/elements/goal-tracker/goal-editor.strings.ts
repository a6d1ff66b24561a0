/**
 * The words of `<rk-goal-tracker>`'s goal editor (goal-editor.ts), in en-GB: the steps,
 * barriers and supporters being edited. The editor adds them to the element's defaults
 * as it loads (`addPartDefaults`).
 */
export const goalEditorStrings = {
  stepRequired: 'Write the step in a few words first.',
  stepsHint: 'Small steps make a goal easier. Tick them off as you go.',
  newStepLabel: 'A new step',
  addStep: 'Add step',
  edit: 'Edit',
  up: 'Up',
  down: 'Down',
  remove: 'Remove',
  editStep: (text: string) => `Edit step: ${text}`,
  stepTextLabel: 'Step',
  saveStep: 'Save step',
  cancel: 'Cancel',
  moveUp: (text: string) => `Move up: ${text}`,
  moveDown: (text: string) => `Move down: ${text}`,
  removeStep: (text: string) => `Remove step: ${text}`,
  stepMoved: (text: string, position: number, total: number) =>
    `‘${text}’ is now step ${position} of ${total}.`,
  barriersHeading: 'What might get in the way, and what I’ll do about it',
  addBarrier: 'Add something that might get in the way',
  removeBarrier: (n: number) => `Remove item ${n}`,
  supporterLabel: (n: number) => `Person or group ${n}`,
  addSupporter: 'Add someone',
  removeSupporter: (n: number) => `Remove person or group ${n}`,
  removeGoal: 'Remove this goal',
};
