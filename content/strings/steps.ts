/** Words of the step list, shared by the panel and the popup's troubleshooter. */
export const STEP_STRINGS = {
  listLabel: 'Fix steps',
  progress: '{done} of {total} done',
  markDone: 'Done: {title}',
  where: 'Where',
  check: 'It worked if',
  caution: 'Before you start',
  cautionFlag: 'Read first',
} as const;
