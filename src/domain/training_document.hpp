#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/training.hpp"

namespace upward::domain {

/// A training module as a Markdown file, the form admins script with (`upward training import`) and the
/// form the default modules ship in:
///
///     ---
///     title: Patience
///     pass_mark: 75
///     ---
///     The module's text, in Markdown.
///
///     ## Quiz
///
///     1. What does a patient mentor do when ...?
///        - [ ] a wrong option
///        - [x] the right option
///
/// Front matter (optional) is `key: value` lines between two `---` lines; without a `title` the first
/// line may be a level-one heading (`# Patience`), which becomes the title. The quiz is everything after
/// the last line reading `## Quiz`: numbered questions (`1.` or `1)`), each followed by its options as
/// task-list items, the right one checked `[x]`. A question's text may continue on following lines.
struct TrainingDocument {
    std::map<std::string, std::string> front_matter;
    std::string title;
    std::string body_markdown;
    std::vector<QuizQuestion> quiz;
    int pass_mark = 75;
};

/// Parses the text. Throws InvalidInput naming "line N" for a line it cannot read, "pass_mark" for a
/// pass mark that is not a whole percentage, and "quiz[i].answer" when a question has no or several
/// checked options. Rules of the module itself (lengths, option counts) are Validate's.
TrainingDocument ParseTrainingDocument(std::string_view text);

}  // namespace upward::domain
