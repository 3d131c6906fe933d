/** Strings the core and the workbook speak; each element keeps its own next to it. */
import { stageStrings } from './vocabulary.js';

export const coreStrings = {
  en: {
    'core.undo': 'Undo',
    'core.close': 'Close',
    'core.cancel': 'Cancel',
    'core.save': 'Save',
    'core.delete': 'Remove',
    'core.edit': 'Edit',
    'core.export': 'Download',
    'core.print': 'Print',
    'core.loading': 'Loading…',
    'core.savedOnDevice': 'Saved on this device',
    'core.memoryOnly': 'This browser is not letting us save. Your work stays on this page until you close it.',
    'core.storageFull': 'This device is out of space for saving. Your latest changes are kept on this page for now.',
    'crisis.link': 'Need help now?',
    'crisis.region': 'Help in a crisis',
    'crisis.generic': 'If you are in danger or thinking about harming yourself, call your local emergency number now.',
    ...stageStrings(),
    'core.notSaving': 'Your work here is not being saved. It stays on this page until you close it.',
  },
} as const;
