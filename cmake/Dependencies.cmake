# Every third-party library comes from Debian's packages; README.md says why each is here.
find_package(Boost 1.81.0 EXACT REQUIRED CONFIG)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(spdlog REQUIRED)
find_package(GTest REQUIRED)
find_package(PkgConfig REQUIRED)
find_package(CURL REQUIRED)
find_package(Threads REQUIRED)

pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
# Markdown of training modules: libcmark-gfm.pc links the GFM extensions library too (tables, autolinks).
pkg_check_modules(CMARK_GFM REQUIRED IMPORTED_TARGET libcmark-gfm)
# iCalendar invitations and feeds (RFC 5545): linked only into src/calendar/.
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET libical)

# SOCI 4.0 ships no CMake package in Debian: locate its libraries by hand.
find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
find_library(SOCI_CORE_LIB soci_core REQUIRED)
find_library(SOCI_SQLITE3_LIB soci_sqlite3 REQUIRED)
find_library(SOCI_POSTGRESQL_LIB soci_postgresql REQUIRED)
add_library(soci INTERFACE)
target_include_directories(soci INTERFACE ${SOCI_INCLUDE_DIR} ${LIBPQ_INCLUDE_DIRS})
target_link_libraries(soci INTERFACE ${SOCI_POSTGRESQL_LIB} ${SOCI_SQLITE3_LIB} ${SOCI_CORE_LIB}
                      PkgConfig::LIBPQ PkgConfig::SQLITE3 ${CMAKE_DL_LIBS})

find_path(CSV_INCLUDE_DIR csv.h REQUIRED)
find_library(CSV_LIB csv REQUIRED)
add_library(libcsv INTERFACE)
target_include_directories(libcsv INTERFACE ${CSV_INCLUDE_DIR})
target_link_libraries(libcsv INTERFACE ${CSV_LIB})

find_path(DATE_INCLUDE_DIR date/tz.h REQUIRED)
find_library(DATE_TZ_LIB date-tz REQUIRED)
add_library(date_tz INTERFACE)
target_include_directories(date_tz INTERFACE ${DATE_INCLUDE_DIR})
target_compile_definitions(date_tz INTERFACE USE_OS_TZDB=1)
target_link_libraries(date_tz INTERFACE ${DATE_TZ_LIB})

# Every library of src/ builds with these; a warning fails the build (UPWARD_WERROR, on in every preset) so that
# none accumulates.
option(UPWARD_WERROR "treat compiler warnings as errors" ON)
set(UPWARD_WARNINGS -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(UPWARD_WERROR)
    list(APPEND UPWARD_WARNINGS -Werror)
endif()

# upward_embed(<target> <function> <files...>): compiles the files' text into <target>, reachable as
# upward::embedded::<function>() -> [(file name, content)].
function(upward_embed target function)
    set(output ${CMAKE_CURRENT_BINARY_DIR}/${function}_embedded.cpp)
    add_custom_command(
        OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DFUNCTION=${function} "-DFILES=${ARGN}"
                -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
        DEPENDS ${ARGN} ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
        VERBATIM)
    target_sources(${target} PRIVATE ${output})
endfunction()
