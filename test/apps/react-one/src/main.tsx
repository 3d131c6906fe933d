import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'ipt-widgets/social-circle.js';
import type { SocialCircleState } from 'ipt-widgets';

function One() {
  const [circle, setCircle] = useState<SocialCircleState>({ people: [], snapshots: [] });
  return <ipt-social-circle storage-key="one" state={circle} onipt-change={(e) => setCircle(e.detail.state)} />;
}

createRoot(document.getElementById('root')!).render(<One />);
