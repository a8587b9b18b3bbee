// Found first on the include path of every layer above src/storage (cmake/Layers.cmake).
#error "SQL and the database driver belong to src/storage: call a repository there, or a service that does"
