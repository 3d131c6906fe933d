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
    ...stageStrings('en'),
  },
  es: {
    'core.undo': 'Deshacer',
    'core.close': 'Cerrar',
    'core.cancel': 'Cancelar',
    'core.save': 'Guardar',
    'core.delete': 'Quitar',
    'core.edit': 'Editar',
    'core.export': 'Descargar',
    'core.print': 'Imprimir',
    'core.loading': 'Cargando…',
    'core.savedOnDevice': 'Guardado en este dispositivo',
    'core.memoryOnly': 'Este navegador no nos deja guardar. Tu trabajo se queda en esta página hasta que la cierres.',
    'core.storageFull': 'Este dispositivo no tiene espacio para guardar. Tus últimos cambios se quedan en esta página por ahora.',
    ...stageStrings('es'),
  },
} as const;
