import { hmacHex, safeEqual } from './tokens.ts';

/**
 * CSRF tokens are bound to the visitor: to the session when signed in, else to an anonymous
 * cookie. A page puts the token in each form; a POST without the matching token is refused.
 */
export function csrfTokenFor(secret: string, binding: string): string {
  return hmacHex(secret, `csrf:${binding}`);
}

export function isValidCsrfToken(secret: string, binding: string, token: string | undefined): boolean {
  return typeof token === 'string' && token.length > 0 && safeEqual(csrfTokenFor(secret, binding), token);
}
