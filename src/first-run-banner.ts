import type { Config } from './config.js';

/**
 * What a new operator needs after the first start: where GitHub must send webhooks, with which
 * secret, and how to link a repository. Printed once, when the secrets were just generated.
 */
export function firstRunBanner(config: Config): string {
  const payloadUrl = `${config.publicUrl}/api/github/webhooks`;
  return [
    '',
    'github-teams-bridge is set up. Generated secrets are kept in ' + `${config.dataDir}/secrets.json (mode 0600).`,
    '',
    '1. In GitHub: repository → Settings → Webhooks → Add webhook',
    `     Payload URL:   ${payloadUrl}`,
    '     Content type:  application/json',
    `     Secret:        ${config.webhookSecrets[0]}`,
    '     Events:        "Send me everything" (the bridge picks what each channel wants)',
    '',
    '2. In Teams: create a Workflows webhook ("Post to a channel when a webhook request is received")',
    `   or open ${config.publicUrl}/config to link a repository from the configuration page.`,
    '',
    '3. Link the repository to the channel:',
    `     curl -X POST ${config.publicUrl}/api/links \\`,
    `       -H "Authorization: Bearer ${config.adminToken}" -H "Content-Type: application/json" \\`,
    `       -d '{"repository":"owner/name","webhookUrl":"<the Teams webhook URL>"}'`,
    '',
  ].join('\n');
}
