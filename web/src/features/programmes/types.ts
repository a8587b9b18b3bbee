import type { ResponseOf, Schema } from '../../api/schema';

export type MatchingMode = Schema<'Programme'>['matching_mode'];
export type ProgrammeStatus = Schema<'Programme'>['status'];

export type Programme = Schema<'Programme'>;
export type Terminology = Programme['terminology'];

/** The fields a client may send when creating or editing a programme. */
export type ProgrammeInput = Schema<'ProgrammeFields'>;

export type ProgrammeTemplate = ResponseOf<'/api/v1/programme-templates', 'get'>[number];

/** The two sides of a programme. */
export type Side = Schema<'MatchProfileFields'>['side'];
