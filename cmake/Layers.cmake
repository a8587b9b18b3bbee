# The layers of src/ and what may include what, kept by the compiler rather than by review.
#
# Every layer's headers are reached as "<layer>/..." through an include root of its own,
# build/layers/<layer>/<layer> -> src/<layer>, and a target is given the roots of the layers it links. So a
# layer that does not link storage (http, cli) cannot include a storage header: it is not on its include path.
# The database driver's headers sit in the system's include folder, which every compiler searches; for every layer
# above storage, upward_forbid_database_headers puts a folder first on the path whose soci/, libpq and sqlite3
# headers stop the compilation with an error that says why; upward_forbid_json_headers does the same with nlohmann's
# headers for domain and service. tests/layering checks all of it at test time.

# upward_layer_root(<layer> <out-var>): the include root that holds only src/<layer>.
function(upward_layer_root layer out_var)
    set(root ${CMAKE_BINARY_DIR}/layers/${layer})
    if(NOT EXISTS ${root}/${layer})
        file(MAKE_DIRECTORY ${root})
        file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${layer} ${root}/${layer} SYMBOLIC)
    endif()
    set(${out_var} ${root} PARENT_SCOPE)
endfunction()

# upward_layer_library(<target> <layer>): <target> exposes src/<layer> to whoever links it, and nothing more.
function(upward_layer_library target layer)
    upward_layer_root(${layer} root)
    target_include_directories(${target} PUBLIC ${root})
endfunction()

set(UPWARD_DATABASE_HEADER_GUARD ${PROJECT_SOURCE_DIR}/cmake/database-header-guard)

# upward_forbid_database_headers(<target>): SQL belongs to src/storage; above it, the driver's headers fail.
function(upward_forbid_database_headers target)
    target_include_directories(${target} BEFORE PRIVATE ${UPWARD_DATABASE_HEADER_GUARD})
endfunction()

set(UPWARD_JSON_HEADER_GUARD ${PROJECT_SOURCE_DIR}/cmake/json-header-guard)

# upward_forbid_json_headers(<target>): domain and service work on typed values; JSON is read and written at the
# edges (http for the API, storage for its columns), so there nlohmann's headers fail.
function(upward_forbid_json_headers target)
    target_include_directories(${target} BEFORE PRIVATE ${UPWARD_JSON_HEADER_GUARD})
endfunction()
