import type { ResponseOf, Schema } from '../../api/schema';

export type Role = Schema<'Caller'>['role'];

/** The signed-in caller: who they are and the programmes they take part in. */
export type Me = Schema<'Caller'>;
export type User = Me;
export type LoginResponse = ResponseOf<'/api/v1/auth/login', 'post'>;
