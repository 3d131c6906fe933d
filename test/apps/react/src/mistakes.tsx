// Deliberate mistakes the typings must catch: `tsc -p tsconfig.mistakes.json` must
// fail, with an error on the line after each MISTAKE marker (and the script counts them).
import 'ipt-widgets/social-circle.js';

export function Mistakes() {
  return (
    <>
      {/* MISTAKE: unknown value of a literal attribute */}
      <ipt-social-circle persist="sometimes" />
      {/* MISTAKE: state of the wrong shape */}
      <ipt-social-circle state={{ people: 'Ana' }} />
      {/* MISTAKE: detail.state is the circle's state: no `entries` */}
      <ipt-social-circle onipt-change={(e) => e.detail.state.entries} />
      {/* MISTAKE: a change type the circle never reports */}
      <ipt-social-circle onipt-change={(e) => e.detail.change.type === 'entry-add'} />
      {/* MISTAKE: an attribute the picker does not have */}
      <ipt-problem-area-picker terms="medical" />
      {/* MISTAKE: a tag the kit does not have */}
      <ipt-no-such-element />
    </>
  );
}

// plain DOM: the README's own example
document.addEventListener('ipt-change', (e) => e.detail.change.type);
// MISTAKE: detail is typed, not any
document.addEventListener('ipt-change', (e) => e.detail.nope.type);
