// The renderer of training modules: GitHub-flavoured Markdown in, HTML that is safe to put in a page out.
#include "service/training/markdown_renderer.hpp"

#include <gtest/gtest.h>

#include <regex>

namespace upward::service {
namespace {

bool Contains(const std::string& html, const std::string& part) { return html.find(part) != std::string::npos; }

// Nothing a browser would run or load from an unsafe place: no script/style/iframe/object tags, no on*=
// attributes, no javascript:/vbscript:/data: URLs in any attribute.
void ExpectInert(const std::string& html) {
    const std::regex tag(R"(<\s*/?\s*(script|style|iframe|object|embed|svg|math|form|input|meta|link|base)\b)",
                         std::regex::icase);
    EXPECT_FALSE(std::regex_search(html, tag)) << html;
    const std::regex handler(R"(<[^>]*\son[a-z]+\s*=)", std::regex::icase);
    EXPECT_FALSE(std::regex_search(html, handler)) << html;
    const std::regex url(R"((href|src)\s*=\s*"\s*(javascript|vbscript|data|file):)", std::regex::icase);
    EXPECT_FALSE(std::regex_search(html, url)) << html;
    EXPECT_FALSE(Contains(html, "raw HTML omitted")) << html;
}

TEST(MarkdownRendererTest, RendersCommonMarkAndGitHubExtensions) {
    const auto html = RenderMarkdown(
        "# Patience\n\nSome **bold** and *emphasis*, ~~struck~~.\n\n- one\n- two\n\n"
        "| topic | level |\n|---|:-:|\n| AI | 3 |\n\nSee www.example.com and https://example.org/a?b=1.\n");
    EXPECT_TRUE(Contains(html, "<h1>Patience</h1>")) << html;
    EXPECT_TRUE(Contains(html, "<strong>bold</strong>"));
    EXPECT_TRUE(Contains(html, "<em>emphasis</em>"));
    EXPECT_TRUE(Contains(html, "<del>struck</del>"));
    EXPECT_TRUE(Contains(html, "<li>two</li>"));
    EXPECT_TRUE(Contains(html, "<table>"));
    EXPECT_TRUE(Contains(html, "<td align=\"center\">3</td>")) << html;
    EXPECT_TRUE(Contains(html, "<a href=\"http://www.example.com\">www.example.com</a>")) << html;
    EXPECT_TRUE(Contains(html, "<a href=\"https://example.org/a?b=1\">")) << html;
}

TEST(MarkdownRendererTest, KeepsSafeLinksAndImages) {
    const auto html = RenderMarkdown(
        "[guide](https://example.com/guide) [mail](mailto:l-and-d@example.com) "
        "[section](#quiz) [page](/help/training) ![logo](https://example.com/logo.png)\n");
    EXPECT_TRUE(Contains(html, "<a href=\"https://example.com/guide\">guide</a>")) << html;
    EXPECT_TRUE(Contains(html, "<a href=\"mailto:l-and-d@example.com\">mail</a>"));
    EXPECT_TRUE(Contains(html, "<a href=\"#quiz\">section</a>"));
    EXPECT_TRUE(Contains(html, "<a href=\"/help/training\">page</a>"));
    EXPECT_TRUE(Contains(html, "<img src=\"https://example.com/logo.png\" alt=\"logo\" />")) << html;
}

TEST(MarkdownRendererTest, DropsScriptTagsAndRawHtmlBlocks) {
    const auto html = RenderMarkdown(
        "Before\n\n<script>alert('block')</script>\n\n<div onclick=\"steal()\">raw block</div>\n\n"
        "<iframe src=\"https://evil.example\"></iframe>\n\n<style>body{display:none}</style>\n\n<!-- comment "
        "-->\n\nAfter\n");
    ExpectInert(html);
    EXPECT_FALSE(Contains(html, "alert")) << html;
    EXPECT_FALSE(Contains(html, "steal")) << html;
    EXPECT_FALSE(Contains(html, "<div")) << html;
    EXPECT_TRUE(Contains(html, "<p>Before</p>"));
    EXPECT_TRUE(Contains(html, "<p>After</p>"));
}

TEST(MarkdownRendererTest, DropsInlineHtmlAndEventHandlers) {
    const auto html = RenderMarkdown(
        "Hello <img src=x onerror=alert(1)> and <a href=\"javascript:alert(1)\" onmouseover=\"x()\">link</a> "
        "<svg onload=alert(1)> <b onclick=alert(1)>bold</b> <script>inline()</script> text\n");
    ExpectInert(html);
    EXPECT_FALSE(Contains(html, "onerror")) << html;
    // What stood between the dropped tags is left as escaped text, which nothing runs.
    EXPECT_TRUE(Contains(html, "<p>Hello  and link  bold inline() text</p>")) << html;
    EXPECT_TRUE(Contains(html, "Hello")) << html;
    EXPECT_TRUE(Contains(html, "text")) << html;
}

TEST(MarkdownRendererTest, DangerousUrlsBecomePlainText) {
    for (const std::string url : {"javascript:alert(1)", "JavaScript:alert(1)", "jav&#x61;script:alert(1)",
                                  "javascript&colon;alert(1)", "java%09script:alert(1)", "vbscript:msgbox(1)",
                                  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "file:///etc/passwd",
                                  " javascript:alert(1)", "<javascript:alert(1)>"}) {
        const auto html = RenderMarkdown("[click me](" + url + ")\n");
        ExpectInert(html);
        EXPECT_TRUE(Contains(html, "click me")) << url << ": " << html;
        EXPECT_FALSE(Contains(html, "href=")) << url << ": " << html;
    }
    const auto autolink = RenderMarkdown("<javascript:alert(1)> and <data:text/html,<b>x</b>>\n");
    ExpectInert(autolink);
    EXPECT_FALSE(Contains(autolink, "href=")) << autolink;
}

TEST(MarkdownRendererTest, DataAndScriptImagesBecomeTheirAltText) {
    const auto html = RenderMarkdown(
        "![tracking pixel](data:image/png;base64,iVBORw0KGgo=) "
        "![alt text](javascript:alert(1))\n");
    ExpectInert(html);
    EXPECT_FALSE(Contains(html, "<img")) << html;
    EXPECT_TRUE(Contains(html, "tracking pixel")) << html;
    EXPECT_TRUE(Contains(html, "alt text")) << html;
}

TEST(MarkdownRendererTest, ReferenceLinksAndNestedImagesAreCheckedToo) {
    const auto html = RenderMarkdown(
        "[ref][bad] and [![inner](javascript:x)](https://example.com)\n\n"
        "[bad]: javascript:alert(document.cookie)\n");
    ExpectInert(html);
    EXPECT_TRUE(Contains(html, "<a href=\"https://example.com\">inner</a>")) << html;
    EXPECT_TRUE(Contains(html, "ref")) << html;
}

TEST(MarkdownRendererTest, EscapesTextAndCodeRatherThanRunningIt) {
    const auto html =
        RenderMarkdown("`<script>alert(1)</script>`\n\n    <script>alert(2)</script>\n\n5 < 6 & \"quotes\"\n");
    ExpectInert(html);
    EXPECT_TRUE(Contains(html, "<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>")) << html;
    EXPECT_TRUE(Contains(html, "&lt;script&gt;alert(2)&lt;/script&gt;")) << html;
    EXPECT_TRUE(Contains(html, "5 &lt; 6 &amp; &quot;quotes&quot;")) << html;
}

TEST(MarkdownRendererTest, UrlCheckReadsTheSchemeAsBrowsersDo) {
    EXPECT_TRUE(IsSafeUrl("https://example.com"));
    EXPECT_TRUE(IsSafeUrl("HTTP://example.com"));
    EXPECT_TRUE(IsSafeUrl("mailto:a@example.com"));
    EXPECT_TRUE(IsSafeUrl("/relative/path:with-colon"));
    EXPECT_TRUE(IsSafeUrl("page?x=a:b"));
    EXPECT_TRUE(IsSafeUrl("#anchor"));
    EXPECT_TRUE(IsSafeUrl(""));
    EXPECT_FALSE(IsSafeUrl("javascript:alert(1)"));
    EXPECT_FALSE(IsSafeUrl("java\tscript:alert(1)"));
    EXPECT_FALSE(IsSafeUrl("java\nscript:alert(1)"));
    EXPECT_FALSE(IsSafeUrl("\x01 javascript:alert(1)"));
    EXPECT_FALSE(IsSafeUrl("data:text/html,x"));
    EXPECT_FALSE(IsSafeUrl("vbscript:x"));
    EXPECT_FALSE(IsSafeUrl("ftp://example.com"));
}

}  // namespace
}  // namespace upward::service
