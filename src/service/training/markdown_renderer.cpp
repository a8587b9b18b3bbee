#include "service/training/markdown_renderer.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <array>
#include <memory>
#include <mutex>
#include <vector>

#include "core/text.hpp"

namespace upward::service {

namespace {

// Sanitising happens on the parsed tree rather than on the HTML text: once raw HTML nodes are gone and
// URLs are checked, everything left is markup cmark itself writes, with text and attributes escaped.
constexpr int kOptions = CMARK_OPT_SAFE | CMARK_OPT_VALIDATE_UTF8;  // SAFE is the default since 0.29; said anyway
constexpr std::array<const char*, 3> kExtensions = {"table", "strikethrough", "autolink"};

struct ParserDeleter {
    void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IteratorDeleter {
    void operator()(cmark_iter* iterator) const { cmark_iter_free(iterator); }
};

void RegisterExtensionsOnce() {
    // The extension registry is global in cmark-gfm and not guarded: fill it once, before any parser.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

bool IsUnsafeNode(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
            return true;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE: {
            const char* url = cmark_node_get_url(node);
            return !IsSafeUrl(url == nullptr ? "" : url);
        }
        default:
            return false;
    }
}

// Removes raw HTML, and replaces links and images with unsafe URLs by their text (an image's alt text).
void Sanitise(cmark_node* document) {
    std::vector<cmark_node*> unsafe;
    {
        std::unique_ptr<cmark_iter, IteratorDeleter> iterator(cmark_iter_new(document));
        for (auto event = cmark_iter_next(iterator.get()); event != CMARK_EVENT_DONE;
             event = cmark_iter_next(iterator.get())) {
            cmark_node* node = cmark_iter_get_node(iterator.get());
            if (event == CMARK_EVENT_ENTER && IsUnsafeNode(node)) unsafe.push_back(node);
        }
    }
    // Children move out before their parent is freed, so every collected node is still alive when its turn comes.
    for (cmark_node* node : unsafe) {
        while (cmark_node* child = cmark_node_first_child(node)) cmark_node_insert_before(node, child);
        cmark_node_unlink(node);
        cmark_node_free(node);
    }
}

}  // namespace

bool IsSafeUrl(std::string_view url) {
    // Browsers ignore surrounding spaces and control characters and drop tabs and newlines anywhere in a
    // URL ("java\tscript:"), so read the scheme as they would.
    std::string cleaned;
    for (const char c : url) {
        if (c != '\t' && c != '\n' && c != '\r') cleaned += c;
    }
    std::size_t first = 0;
    while (first < cleaned.size() && static_cast<unsigned char>(cleaned[first]) <= 0x20) ++first;
    if (first == cleaned.size()) return true;  // empty: a link to the page itself
    cleaned.erase(0, first);
    const auto end_of_scheme = cleaned.find_first_of(":/?#");
    if (end_of_scheme == std::string::npos || cleaned[end_of_scheme] != ':') return true;  // relative
    const auto scheme = ToLower(cleaned.substr(0, end_of_scheme));
    return scheme == "http" || scheme == "https" || scheme == "mailto";
}

std::string RenderMarkdown(std::string_view markdown) {
    RegisterExtensionsOnce();
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(kOptions));
    for (const char* name : kExtensions) {
        if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
            cmark_parser_attach_syntax_extension(parser.get(), extension);
        }
    }
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    Sanitise(document.get());
    char* html = cmark_render_html(document.get(), kOptions, cmark_parser_get_syntax_extensions(parser.get()));
    std::string result(html == nullptr ? "" : html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

}  // namespace upward::service
