/** The core's and the workbook's strings in Spanish: their own chunk, loaded only when a page speaks Spanish (i18n.ts). */
import { stageStrings } from './vocabulary.js';
import { esStages } from './vocabulary.es.js';

const es: Record<string, string> = {
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
  'crisis.link': '¿Necesitas ayuda ahora?',
  'crisis.region': 'Ayuda en una crisis',
  'crisis.generic': 'Si estás en peligro o piensas en hacerte daño, llama ahora al número de emergencias de tu zona.',
  ...stageStrings(esStages),
  'core.notSaving': 'Tu trabajo aquí no se está guardando. Se queda en esta página hasta que la cierres.',
};

export default es;
