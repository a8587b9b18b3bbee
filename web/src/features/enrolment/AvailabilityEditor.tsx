import type { AvailabilitySlot } from './enrolmentApi';

const DAYS: { value: string; label: string }[] = [
  { value: 'mon', label: 'Monday' },
  { value: 'tue', label: 'Tuesday' },
  { value: 'wed', label: 'Wednesday' },
  { value: 'thu', label: 'Thursday' },
  { value: 'fri', label: 'Friday' },
  { value: 'sat', label: 'Saturday' },
  { value: 'sun', label: 'Sunday' },
];

interface AvailabilityEditorProps {
  slots: AvailabilitySlot[];
  onChange: (slots: AvailabilitySlot[]) => void;
  /** The API's message for availability[i], by index. */
  errors: Record<number, string>;
}

/** Weekly slots in the person's own time zone: a day and a start and end time each. */
export function AvailabilityEditor({ slots, onChange, errors }: AvailabilityEditorProps) {
  const change = (index: number, patch: Partial<AvailabilitySlot>) =>
    onChange(slots.map((slot, i) => (i === index ? { ...slot, ...patch } : slot)));
  return (
    <fieldset className="availability-editor">
      <legend>Weekly availability</legend>
      <p className="hint">When you could meet each week, in your own time zone.</p>
      {slots.map((slot, index) => (
        <div key={index} className={`availability-slot${errors[index] ? ' field-invalid' : ''}`}>
          <label htmlFor={`slot-${index}-day`} className="visually-hidden">
            Day of slot {index + 1}
          </label>
          <select id={`slot-${index}-day`} value={slot.day} onChange={(e) => change(index, { day: e.target.value as AvailabilitySlot['day'] })}>
            {DAYS.map((day) => (
              <option key={day.value} value={day.value}>
                {day.label}
              </option>
            ))}
          </select>
          <label htmlFor={`slot-${index}-start`}>from</label>
          <input
            id={`slot-${index}-start`}
            type="time"
            value={slot.start}
            aria-invalid={errors[index] ? true : undefined}
            onChange={(e) => change(index, { start: e.target.value })}
          />
          <label htmlFor={`slot-${index}-end`}>to</label>
          <input
            id={`slot-${index}-end`}
            type="time"
            value={slot.end}
            aria-invalid={errors[index] ? true : undefined}
            onChange={(e) => change(index, { end: e.target.value })}
          />
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={`Remove slot ${index + 1}`}
            onClick={() => onChange(slots.filter((_, i) => i !== index))}
          >
            Remove
          </button>
          {errors[index] && <p className="field-error">{errors[index]}</p>}
        </div>
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...slots, { day: 'mon', start: '09:00', end: '10:00' }])}
      >
        Add a time slot
      </button>
    </fieldset>
  );
}
