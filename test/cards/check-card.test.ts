// The card checks must be able to fail: each defect below, planted in a good card, is caught.
import t from 'tap';
import type { TeamsMessage } from '../../src/cards/card.js';
import { renderEvent } from '../../src/cards/render.js';
import { problems } from './check-card.js';
import { example } from './synthetic.js';

const payload = example('issues', 'opened');
const good = () => {
  const result = renderEvent({ name: 'issues', payload }, { drafts: false, synchronize: false, workflowSuccesses: false, githubUrl: 'https://github.com' });
  if (!('message' in result)) throw new Error(result.ignored);
  return structuredClone(result.message);
};
const text = (message: TeamsMessage, value: string) => message.attachments[0].content.body.push({ type: 'TextBlock', text: value });

t.same(problems(good(), payload.issue.html_url), [], 'the good card passes');

const defects: Array<[string, (m: TeamsMessage) => void, RegExp]> = [
  ['Action.Submit', (m) => m.attachments[0].content.actions!.push({ type: 'Action.Submit', title: 'Go' } as any), /action Action.Submit/],
  ['javascript: URL', (m) => m.attachments[0].content.actions!.push({ type: 'Action.OpenUrl', title: 'x', url: 'javascript:alert(1)' }), /non-http url/],
  ['version 1.5', (m) => ((m.attachments[0].content as any).version = '1.5'), /card version/],
  ['unknown element', (m) => m.attachments[0].content.body.push({ type: 'Table' }), /SDK parse/],
  ['raw markdown', (m) => text(m, 'a **bold** claim'), /raw markdown/],
  ['HTML', (m) => text(m, 'see <img src=x>'), /HTML in text/],
  ['HTML comment', (m) => text(m, '<!-- template -->'), /HTML in text/],
  ['undefined', (m) => text(m, 'by undefined'), /placeholder/],
  ['null', (m) => text(m, 'null'), /placeholder/],
  ['over 20 KB', (m) => text(m, 'x'.repeat(20_000)), /bytes/],
  ['not full width', (m) => ((m.attachments[0].content.msteams as any).width = 'Auto'), /width/],
];
for (const [name, plant, expected] of defects) {
  const message = good();
  plant(message);
  t.match(problems(message, payload.issue.html_url).join('\n'), expected, name);
}
t.match(problems(good(), 'https://github.com/elsewhere/1').join('\n'), /subject URL/, 'missing subject URL');
