import { useState, type FormEvent } from 'react';
import 'ipt-widgets/workbook.js';
import 'ipt-widgets/social-circle.js';
import 'ipt-widgets/mood-timeline.js';
import 'ipt-widgets/problem-area-picker.js';
import type { SocialCircleState } from 'ipt-widgets';

// The host's copy, first from its backend: snapshots may be left out.
const fromBackend = { people: [{ id: 'ana', name: 'Ana', relationship: 'friend' as const, ring: 1 }] };

export function App() {
  const [circle, setCircle] = useState<Omit<SocialCircleState, 'snapshots'>>(fromBackend);
  const [focus, setFocus] = useState('');
  const [lastChange, setLastChange] = useState('');

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFocus(String(new FormData(e.currentTarget).get('focus')));
  }

  return (
    <ipt-workbook workbook-id="react-app" lang="en">
      <ipt-social-circle
        storage-key="react"
        rings={3}
        state={circle}
        onipt-change={(e) => {
          setCircle(e.detail.state);
          setLastChange(e.detail.change.type);
        }}
      />
      <p id="host-state">{circle.people.map((p) => p.name).join(', ')}</p>
      <p id="last-change">{lastChange}</p>

      <ipt-mood-timeline storage-key="react" range="2w" onipt-change={(e) => console.log(e.detail.state.entries.length)} />

      <form onSubmit={onSubmit}>
        <ipt-problem-area-picker name="focus" required terms="lay" />
        <button type="submit">Save my focus</button>
      </form>
      <pre id="submitted">{focus}</pre>
    </ipt-workbook>
  );
}
