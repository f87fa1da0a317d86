/** A JSON schema of `type` or null (OpenAPI 3.1 spelling), with a format for the non-null value. */
export const nullable = <T extends string, F extends string | undefined = undefined>(type: T, format?: F) =>
  ({ type: [type, 'null'], ...(format !== undefined && { format }) }) as { type: [T, 'null']; format?: F };
