import { TRAINING_STATUS_LABELS, type TrainingStatus } from './trainingApi';

/** Where someone stands with a module, as a labelled badge (text, not colour alone). */
export function TrainingStatusBadge({ status }: { status: TrainingStatus }) {
  return <span className={`badge badge-training-${status.replace('_', '-')}`}>{TRAINING_STATUS_LABELS[status]}</span>;
}
