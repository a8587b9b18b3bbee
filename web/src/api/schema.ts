// Types derived from the OpenAPI document (src/http/openapi.json). `openapi.d.ts` beside this file is
// generated from it by `npm run generate:api` (run by build and typecheck), so the UI's types follow the API.
import type { components, paths } from './openapi';

/** A named schema of the OpenAPI document. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;
type Responses<P extends keyof paths, M extends Method> = Operation<P, M> extends { responses: infer R } ? R : never;

/** The JSON body an operation answers with when it succeeds (its 200, else its 201). */
export type ResponseOf<P extends keyof paths, M extends Method> =
  Responses<P, M> extends { 200: infer Ok } ? JsonOf<Ok> : Responses<P, M> extends { 201: infer Created } ? JsonOf<Created> : never;

/** The JSON body an operation takes. */
export type RequestOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer Body } ? JsonOf<NonNullable<Body>> : never;
