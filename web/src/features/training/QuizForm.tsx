import { useState, type FormEvent } from 'react';
import type { QuizQuestionShown } from './trainingApi';

interface QuizFormProps {
  moduleId: number;
  quiz: QuizQuestionShown[];
  /** Questions (0-based) the last attempt got wrong, marked until the next attempt. */
  wrong: number[];
  busy: boolean;
  onSubmit: (answers: number[]) => void;
}

/** A module's quiz: one group of radio buttons per question; every question needs an answer before it is sent. */
export function QuizForm({ moduleId, quiz, wrong, busy, onSubmit }: QuizFormProps) {
  const [answers, setAnswers] = useState<(number | null)[]>(() => quiz.map(() => null));
  const [missing, setMissing] = useState(false);
  const complete = answers.every((a) => a !== null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onSubmit(answers.map((a) => a ?? 0));
  };

  return (
    <form className="quiz-form" onSubmit={submit} noValidate aria-label="Quiz">
      <ol className="quiz-questions">
        {quiz.map((question, q) => {
          const name = `quiz-${moduleId}-${q}`;
          const wasWrong = wrong.includes(q);
          return (
            <li key={q} className={`quiz-question${wasWrong ? ' quiz-question-wrong' : ''}`}>
              <fieldset className="plain-fieldset" aria-describedby={wasWrong ? `${name}-wrong` : undefined}>
                <legend>
                  {q + 1}. {question.question}
                </legend>
                {wasWrong && (
                  <p className="field-error" id={`${name}-wrong`}>
                    Your last answer to this question was not right.
                  </p>
                )}
                {question.options.map((option, o) => (
                  <label key={o} className="checkbox quiz-option">
                    <input
                      type="radio"
                      name={name}
                      value={o}
                      checked={answers[q] === o}
                      onChange={() => setAnswers((current) => current.map((a, i) => (i === q ? o : a)))}
                    />
                    <span>{option}</span>
                  </label>
                ))}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {missing && (
        <p role="alert" className="field-error">
          Answer every question before you submit.
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Submit answers
        </button>
      </div>
    </form>
  );
}
