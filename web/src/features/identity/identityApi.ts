import { request } from '../../api/client';
import type { LoginResponse, Me } from './types';

/** Signing in and out, and who the caller is. A 401 here means signed out, not an expired session. */
export const identityApi = {
  login: (email: string, password: string) =>
    request<LoginResponse>('POST', '/auth/login', { body: { email, password }, quietUnauthorized: true }),
  logout: () => request<null>('POST', '/auth/logout', { quietUnauthorized: true }),
  me: () => request<Me>('GET', '/me', { quietUnauthorized: true }),
};
