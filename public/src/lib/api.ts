/** JSON calls to the bridge's API with a bearer kept in page memory only (never storage, never URLs). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function api<T>(method: string, path: string, bearer?: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit' });
  } catch {
    throw new ApiError(0, 'The bridge cannot be reached. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: any;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) throw new ApiError(response.status, explain(response.status, data));
  return data as T;
}

function explain(status: number, data: any): string {
  const message = typeof data?.message === 'string' ? data.message : typeof data?.error === 'string' ? data.error : '';
  // The API's 401 text is for operators with curl ("send Authorization: Bearer <ADMIN_TOKEN>").
  if (status === 401) return 'Your sign-in is no longer accepted. Sign in again.';
  if (status === 403) return message || 'You need admin rights on this repository.';
  if (status === 429) return 'Too many failed attempts. Wait a minute and try again.';
  return message || `The bridge answered ${status}.`;
}
