#pragma once

#include <string>
#include <string_view>

namespace upward::service {

/// Renders Markdown (CommonMark with GitHub's tables, strikethrough and autolinks) to HTML that is safe
/// to put into a page as it is: raw HTML in the source (blocks and inline tags, so <script>, <iframe>,
/// event-handler attributes, comments) is dropped, and links and images keep only http:, https: and
/// mailto: URLs or relative ones; any other scheme (javascript:, data:, vbscript:, file:, ...) turns the
/// link into its plain text. Uses Debian's cmark-gfm; safe to call from several threads at once.
std::string RenderMarkdown(std::string_view markdown);

/// Whether a link target may appear in rendered HTML: relative, a fragment, or http/https/mailto.
bool IsSafeUrl(std::string_view url);

}  // namespace upward::service
