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
} as const;


export type SyncStringKey = keyof (typeof strings)['en'];
