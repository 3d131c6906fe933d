/** What `<ipt-sync show-status>` says, in Spanish: its own chunk, loaded only when a page speaks Spanish (core/i18n.ts). */
import type { SyncStringKey } from './strings.js';

const es: Record<SyncStringKey, string> = {
  'sync.label': 'Envío de tus cambios',
  'sync.idle': 'Guardado y enviado a tu programa. Lo leen a su propio ritmo, no de inmediato.',
  'sync.idle.never': 'Lo que guardes aquí se envía a tu programa. Lo leen a su propio ritmo, no de inmediato.',
  'sync.sending.one': 'Enviando 1 cambio…',
  'sync.sending.other': 'Enviando {count} cambios…',
  'sync.offline.one': 'No tienes conexión. 1 cambio está guardado en este dispositivo y se enviará cuando vuelvas a tener conexión.',
  'sync.offline.other': 'No tienes conexión. {count} cambios están guardados en este dispositivo y se enviarán cuando vuelvas a tener conexión.',
  'sync.offline.none': 'No tienes conexión. Los cambios que hagas se guardan en este dispositivo y se enviarán cuando vuelvas a tener conexión.',
  'sync.retrying.one': 'No pudimos comunicarnos con tu programa ahora. 1 cambio está guardado en este dispositivo; lo intentaremos de nuevo pronto.',
  'sync.retrying.other': 'No pudimos comunicarnos con tu programa ahora. {count} cambios están guardados en este dispositivo; lo intentaremos de nuevo pronto.',
  'sync.error': 'Algunos cambios no se pudieron enviar. Se guardan en este dispositivo y tu programa puede ayudarte.',
  'sync.lastSent': 'Último envío: {time}.',
  'sync.memoryOnly': 'Este navegador no nos deja guardar los cambios sin enviar: mantén esta página abierta hasta que se envíen.',
  'sync.tryNow': 'Intentar ahora',
};

export default es;
