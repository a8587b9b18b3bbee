# Run as a script: turns text files into a C++ source so the binary carries them (one file to deploy).
# Inputs: OUTPUT, FUNCTION (a name in namespace upward::embedded), FILES (a ;-list of paths).
set(body "// Generated at build time from the files it lists. Do not edit.\n#include <string_view>\n#include <utility>\n#include <vector>\n\nnamespace upward::embedded {\n\nconst std::vector<std::pair<std::string_view, std::string_view>>& ${FUNCTION}() {\n    static const std::vector<std::pair<std::string_view, std::string_view>> files = {\n")
foreach(path IN LISTS FILES)
    get_filename_component(name "${path}" NAME)
    file(READ "${path}" content)
    string(APPEND body "        {\"${name}\", R\"upward_embedded(${content})upward_embedded\"},\n")
endforeach()
string(APPEND body "    };\n    return files;\n}\n\n}  // namespace upward::embedded\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
