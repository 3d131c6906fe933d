/**
 * What `<ipt-sync show-status>` says. Plain and calm: nothing here should worry a client,
 * and nothing suggests that anyone reads what is sent as it arrives.
 */
export const strings = {
  en: {
    'sync.label': 'Sending your changes',
    'sync.idle': 'Saved and sent to your program. They read it at their own pace, not right away.',
    'sync.idle.never': 'What you save here is sent to your program. They read it at their own pace, not right away.',
    'sync.sending.one': 'Sending 1 change…',
    'sync.sending.other': 'Sending {count} changes…',
    'sync.offline.one': 'You are offline. 1 change is saved on this device and will be sent when you are back online.',
    'sync.offline.other': 'You are offline. {count} changes are saved on this device and will be sent when you are back online.',
    'sync.offline.none': 'You are offline. Changes you make are saved on this device and will be sent when you are back online.',
    'sync.retrying.one': 'Could not reach your program just now. 1 change is saved on this device; we will try again soon.',
    'sync.retrying.other': 'Could not reach your program just now. {count} changes are saved on this device; we will try again soon.',
    'sync.error': 'Some changes could not be sent. They are kept on this device, and your program can help.',
    'sync.lastSent': 'Last sent at {time}.',
    'sync.memoryOnly': 'This browser is not letting us keep unsent changes: please keep this page open until they are sent.',
    'sync.tryNow': 'Try now',
  },
  es: {
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
  },
} as const;
