import { authentication } from '@microsoft/teams-js';
import { parseSignIn, signInWithPopup, type SignInResult } from './sign-in-popup.js';

export type { SignInResult };

/**
 * GitHub sign-in in a popup on the bridge's own origin (GitHub refuses to be framed). Inside
 * Teams the host opens it (`authentication.authenticate`, https only); in a browser we open it
 * and the popup posts the session back to this origin only.
 */
export async function signIn(publicUrl: string, inTeams: boolean): Promise<SignInResult> {
  if (!inTeams) return signInWithPopup();
  const result = await authentication.authenticate({ url: `${publicUrl}/auth/start?host=teams`, width: 600, height: 720 });
  return parseSignIn(result);
}
