import type { Complete, CompleteExcept, ResponseOf, Schema } from '../../api/schema';

export type Role = Schema<'Caller'>['role'];

/** The signed-in caller: who they are and the programmes they take part in. */
export type Me = CompleteExcept<Schema<'Caller'>, 'csrf_token'>;
export type User = Me;
export type LoginResponse = Complete<ResponseOf<'/api/v1/auth/login', 'post'>>;
