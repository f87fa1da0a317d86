import { pino, type LoggerOptions } from 'pino';
import type { Config } from './config.js';

/**
 * pino options: credentials never reach the log. Webhook URLs carry their secret in `sig=`,
 * so any field named webhookUrl is censored wherever it appears, and request URLs are logged
 * without their query string (OAuth codes travel there).
 */
export function createLogger(config: Pick<Config, 'logLevel'>) {
  return pino(loggerOptions(config));
}

export function loggerOptions(config: Pick<Config, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-hub-signature-256"]',
        'webhookUrl',
        '*.webhookUrl',
        'url',
        'token',
        '*.token',
        'secret',
        '*.secret',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req(request: { method: string; url: string; ip?: string }) {
        return { method: request.method, url: request.url.split('?')[0], remoteAddress: request.ip };
      },
    },
  };
}
