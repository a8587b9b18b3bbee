import type { QuizQuestion } from './trainingApi';

interface QuizEditorProps {
  quiz: QuizQuestion[];
  onChange: (quiz: QuizQuestion[]) => void;
  /** Errors by the API's field names: "quiz", "quiz[2].options", "quiz[0].answer", ... */
  errors: Record<string, string>;
  disabled: boolean;
}

const MAX_OPTIONS = 8;
const MAX_QUESTIONS = 20;

/** The errors that belong to question `index`: "quiz[2]", "quiz[2].options[1]" and so on. */
function errorsOf(errors: Record<string, string>, index: number): string[] {
  const prefix = `quiz[${index}]`;
  return Object.entries(errors)
    .filter(([field]) => field === prefix || field.startsWith(`${prefix}.`))
    .map(([, message]) => message);
}

/** Edits a quiz: questions, their options and which option is right. */
export function QuizEditor({ quiz, onChange, errors, disabled }: QuizEditorProps) {
  const update = (index: number, change: (question: QuizQuestion) => QuizQuestion) =>
    onChange(quiz.map((question, i) => (i === index ? change(question) : question)));

  return (
    <fieldset className="quiz-editor" disabled={disabled}>
      <legend>Quiz</legend>
      <p className="hint">Each question needs 2 to 8 options; choose the right one with its radio button.</p>
      {errors.quiz && (
        <p className="field-error" role="alert">
          {errors.quiz}
        </p>
      )}
      <ol className="quiz-questions">
        {quiz.map((question, q) => {
          const questionErrors = errorsOf(errors, q);
          const questionId = `quiz-editor-${q}`;
          return (
            <li key={q} className="quiz-question">
              <div className="field">
                <label htmlFor={questionId}>Question {q + 1}</label>
                <input
                  id={questionId}
                  type="text"
                  value={question.question}
                  aria-invalid={questionErrors.length > 0 ? true : undefined}
                  onChange={(e) => update(q, (current) => ({ ...current, question: e.target.value }))}
                />
              </div>
              <fieldset className="plain-fieldset">
                <legend className="visually-hidden">Options of question {q + 1}</legend>
                {question.options.map((option, o) => (
                  <div key={o} className="quiz-option-editor">
                    <label className="checkbox">
                      <input
                        type="radio"
                        name={`${questionId}-answer`}
                        checked={question.answer === o}
                        onChange={() => update(q, (current) => ({ ...current, answer: o }))}
                      />
                      <span>Right answer</span>
                    </label>
                    <input
                      type="text"
                      aria-label={`Option ${o + 1} of question ${q + 1}`}
                      value={option}
                      onChange={(e) =>
                        update(q, (current) => ({
                          ...current,
                          options: current.options.map((text, i) => (i === o ? e.target.value : text)),
                        }))
                      }
                    />
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      aria-label={`Remove option ${o + 1} of question ${q + 1}`}
                      disabled={question.options.length <= 2}
                      onClick={() =>
                        update(q, (current) => ({
                          ...current,
                          options: current.options.filter((_, i) => i !== o),
                          answer: current.answer === o ? 0 : current.answer > o ? current.answer - 1 : current.answer,
                        }))
                      }
                    >
                      Remove
                    </button>
                  </div>
                ))}
              </fieldset>
              {questionErrors.map((message) => (
                <p key={message} className="field-error">
                  {message}
                </p>
              ))}
              <div className="row-actions">
                <button
                  type="button"
                  className="button button-small"
                  disabled={question.options.length >= MAX_OPTIONS}
                  onClick={() => update(q, (current) => ({ ...current, options: [...current.options, ''] }))}
                >
                  Add an option
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  disabled={quiz.length <= 1}
                  onClick={() => onChange(quiz.filter((_, i) => i !== q))}
                >
                  Remove question {q + 1}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button-small"
        disabled={quiz.length >= MAX_QUESTIONS}
        onClick={() => onChange([...quiz, { question: '', options: ['', ''], answer: 0 }])}
      >
        Add a question
      </button>
    </fieldset>
  );
}
