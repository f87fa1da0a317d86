import type { Config } from './config.js';

function list(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * What a new operator needs after the first start: where GitHub must send webhooks, with which
 * secret, and how to link a repository. Printed once, when some secret was just generated; only
 * the secrets generated on this start are printed (one set in the environment is the operator's
 * own and already known), and only they are said to be kept in secrets.json.
 */
export function firstRunBanner(config: Config): string {
  const payloadUrl = `${config.publicUrl}/api/github/webhooks`;
  const generated = new Set(config.generated);
  const secret = generated.has('GITHUB_WEBHOOK_SECRET') ? config.webhookSecrets[0] : 'the value of GITHUB_WEBHOOK_SECRET';
  const token = generated.has('ADMIN_TOKEN') ? config.adminToken : '$ADMIN_TOKEN';
  return [
    '',
    `github-teams-bridge is set up. Generated ${list(config.generated)} ${config.generated.length > 1 ? 'are' : 'is'} kept in ` +
      `${config.dataDir}/secrets.json (mode 0600).`,
    '',
    '1. In GitHub: repository → Settings → Webhooks → Add webhook',
    `     Payload URL:   ${payloadUrl}`,
    '     Content type:  application/json',
    `     Secret:        ${secret}`,
    '     Events:        "Send me everything" (the bridge picks what each channel wants)',
    '',
    '2. In Teams: create a Workflows webhook ("Post to a channel when a webhook request is received")',
    `   or open ${config.publicUrl}/config to link a repository from the configuration page.`,
    '',
    '3. Link the repository to the channel:',
    `     curl -X POST ${config.publicUrl}/api/links \\`,
    `       -H "Authorization: Bearer ${token}" -H "Content-Type: application/json" \\`,
    `       -d '{"repository":"owner/name","webhookUrl":"<the Teams webhook URL>"}'`,
    '',
    `4. Watch what arrives and what was posted: ${config.publicUrl}/admin (sign in with the admin token).`,
    '',
  ].join('\n');
}
