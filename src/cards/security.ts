import type { ActionOf, PayloadView } from '../github/event-types.js';
import type { Fact } from './elements.js';
import type { Tone } from './inline.js';
import { actor, capitalise, fact, forActions, ignore, refName, str, titled, words, type ActionRenderers, type Context, type Person, type Draft, type Outcome } from './payload.js';

/**
 * dependabot_alert, code_scanning_alert, secret_scanning_alert, repository_advisory.
 * Severity is always shown; a leaked secret's value never is (we read only its type).
 */

function severityTone(severity: string): Tone {
  return severity === 'critical' || severity === 'high' || severity === 'error' ? 'attention' : severity === 'medium' || severity === 'moderate' || severity === 'warning' ? 'warning' : 'default';
}

interface AlertCard {
  event: string;
  verb: string;
  url: string;
  title: string;
  number?: unknown;
  severity: string;
  resolved: boolean;
  facts: Fact[];
  body?: string;
  who?: Person;
}

function alertCard(p: PayloadView<'dependabot_alert' | 'code_scanning_alert' | 'secret_scanning_alert' | 'repository_advisory'>, ctx: Context, alert: AlertCard): Outcome {
  if (!alert.url) return ignore(`${alert.event.toLowerCase()} without html_url`);
  const person = actor(alert.who ?? p?.sender, alert.verb, ctx);
  const severity = alert.severity ? capitalise(alert.severity) : '';
  return {
    event: alert.event,
    state: alert.resolved ? { label: 'Resolved', tone: 'good' } : { label: severity ? `${severity} severity` : 'Open', tone: severityTone(alert.severity) },
    title: titled(alert.title, alert.number, 'Security alert'),
    url: alert.url,
    actor: person,
    body: alert.body ? { markdown: alert.body, url: alert.url } : undefined,
    facts: [...(severity ? [{ label: 'Severity', value: [{ text: severity, bold: true }] }] : []), ...alert.facts],
    actions: [
      { title: 'Open alert', url: alert.url },
      { title: 'Security overview', url: ctx.repository?.url ? `${ctx.repository.url}/security` : '' },
    ],
    summary: `${alert.event}: ${alert.title}${severity ? ` (${severity})` : ''}`,
  } satisfies Draft;
}

/** Who acts (Dependabot itself, or the person in `sender`) and what they did, per action. */
const DEPENDABOT_SAYS = {
  created: { bot: true, verb: 'found a vulnerable dependency' },
  reopened: { bot: false, verb: 'reopened this alert' },
  auto_reopened: { bot: true, verb: 'reopened this alert' },
  reintroduced: { bot: true, verb: 'found this vulnerability again' },
  fixed: { bot: false, verb: 'fixed this alert' },
  dismissed: { bot: false, verb: 'dismissed this alert' },
  auto_dismissed: { bot: true, verb: 'dismissed this alert' },
} satisfies Record<ActionOf<'dependabot_alert'>, { bot: boolean; verb: string }>;
const DEPENDABOT_VERBS: Readonly<Record<string, { bot: boolean; verb: string }>> = DEPENDABOT_SAYS;

function dependabot(p: PayloadView<'dependabot_alert'>, ctx: Context): Outcome {
  const alert = p?.alert;
  const action = str(p?.action);
  const advisory = alert?.security_advisory;
  const pkg = alert?.dependency?.package;
  const facts: Fact[] = [];
  fact(facts, 'Package', [{ text: str(pkg?.name), mono: true }, { text: str(pkg?.ecosystem) ? `  ${str(pkg?.ecosystem)}` : '', subtle: true }]);
  fact(facts, 'Manifest', [{ text: str(alert?.dependency?.manifest_path), mono: true }]);
  fact(facts, 'Vulnerable', str(alert?.security_vulnerability?.vulnerable_version_range));
  fact(facts, 'Fixed in', str(alert?.security_vulnerability?.first_patched_version?.identifier));
  fact(facts, 'Advisory', [str(advisory?.ghsa_id), str(advisory?.cve_id)].filter(Boolean).join(' · '));
  return alertCard(p, ctx, {
    event: 'Dependabot alert',
    verb: DEPENDABOT_VERBS[action]?.verb ?? `${words(action)} this alert`,
    url: str(alert?.html_url),
    title: str(advisory?.summary) || `Vulnerable ${str(pkg?.name) || 'dependency'}`,
    number: alert?.number,
    severity: str(alert?.security_vulnerability?.severity) || str(advisory?.severity),
    resolved: action === 'fixed' || action.includes('dismissed'),
    facts,
    who: DEPENDABOT_VERBS[action]?.bot ? { login: 'Dependabot' } : undefined,
  });
}

/** The REST API's alert rule has `security_severity_level`; the webhook schema does not list it. */
type CodeScanningRule = NonNullable<NonNullable<PayloadView<'code_scanning_alert'>['alert']>['rule']> & { readonly security_severity_level?: unknown };

function codeScanning(p: PayloadView<'code_scanning_alert'>, ctx: Context): Outcome {
  const alert = p?.alert;
  const action = str(p?.action);
  const rule: CodeScanningRule | null | undefined = alert?.rule;
  const facts: Fact[] = [];
  fact(facts, 'Tool', str(alert?.tool?.name));
  fact(facts, 'Rule', [{ text: str(rule?.id), mono: true }]);
  const location = alert?.most_recent_instance?.location;
  fact(facts, 'Location', [{ text: str(location?.path), mono: true }, { text: location?.start_line ? `  line ${str(location.start_line)}` : '', subtle: true }]);
  fact(facts, 'Ref', [{ text: refName(p?.ref || alert?.most_recent_instance?.ref), mono: true }]);
  const resolved = action === 'fixed' || action === 'closed_by_user';
  return alertCard(p, ctx, {
    event: 'Code scanning alert',
    verb: action === 'created' ? `reported a code scanning alert` : `marked the alert ${words(action).replace(/ by user$/, '').replace(/^closed$/, 'closed')}`,
    url: str(alert?.html_url),
    title: str(rule?.description) || str(rule?.name) || 'Code scanning alert',
    number: alert?.number,
    severity: str(rule?.security_severity_level) || str(rule?.severity),
    resolved,
    facts,
    who: action === 'closed_by_user' ? alert?.dismissed_by ?? p?.sender : p?.sender,
  });
}

function secretScanning(p: PayloadView<'secret_scanning_alert'>, ctx: Context): Outcome {
  const alert = p?.alert;
  const action = str(p?.action);
  const facts: Fact[] = [];
  fact(facts, 'Secret type', str(alert?.secret_type_display_name) || str(alert?.secret_type));
  fact(facts, 'Resolution', words(alert?.resolution));
  fact(facts, 'Validity', words(alert?.validity));
  return alertCard(p, ctx, {
    event: 'Secret scanning alert',
    verb: action === 'created' ? 'found a secret pushed to this repository' : `marked this alert ${words(action)}`,
    url: str(alert?.html_url),
    title: `${str(alert?.secret_type_display_name) || 'Secret'} exposed`,
    number: alert?.number,
    severity: action === 'resolved' ? '' : 'high',
    resolved: action === 'resolved',
    facts,
    who: action === 'created' ? { login: 'Secret scanning' } : undefined,
  });
}

function repositoryAdvisory(p: PayloadView<'repository_advisory'>, ctx: Context): Outcome {
  const advisory = p?.repository_advisory;
  const action = str(p?.action);
  const facts: Fact[] = [];
  fact(facts, 'Advisory', [str(advisory?.ghsa_id), str(advisory?.cve_id)].filter(Boolean).join(' · '));
  const packages = Array.isArray(advisory?.vulnerabilities) ? advisory.vulnerabilities.map((v) => str(v?.package?.name)).filter(Boolean) : [];
  fact(facts, 'Packages', packages.slice(0, 8).join(', '));
  return alertCard(p, ctx, {
    event: 'Repository advisory',
    verb: action === 'reported' ? 'privately reported a vulnerability' : 'published a security advisory',
    url: str(advisory?.html_url),
    title: str(advisory?.summary) || 'Security advisory',
    severity: str(advisory?.severity),
    resolved: false,
    facts,
  });
}

export const dependabotActions = forActions(Object.keys(DEPENDABOT_SAYS) as Array<keyof typeof DEPENDABOT_SAYS>, dependabot) satisfies ActionRenderers<'dependabot_alert'>;
export const codeScanningActions = forActions(['created', 'reopened', 'reopened_by_user', 'fixed', 'closed_by_user'], codeScanning) satisfies ActionRenderers<'code_scanning_alert'>;
export const secretScanningActions = forActions(['created', 'reopened', 'resolved', 'publicly_leaked'], secretScanning) satisfies ActionRenderers<'secret_scanning_alert'>;
export const repositoryAdvisoryActions = forActions(['published', 'reported'], repositoryAdvisory) satisfies ActionRenderers<'repository_advisory'>;
