/**
 * The one error body of the API (`{statusCode, error, message}`), as a response schema. Extra
 * fields stay (a 409's `id`, an import's `errors`), so documenting a route's errors never
 * reshapes what it answers.
 */
export const errorResponse = {
  type: 'object',
  description: 'What went wrong and what to fix',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string', description: 'the HTTP reason phrase' },
    message: { type: 'string' },
  },
  additionalProperties: true,
} as const;

/** Response schemas of the errors a route answers: `errorResponses(400, 401, 404)`. */
export function errorResponses<const C extends number>(...codes: C[]): Record<C, typeof errorResponse> {
  return Object.fromEntries(codes.map((code) => [code, errorResponse])) as Record<C, typeof errorResponse>;
}
